// The public surface of @hotline/desk-feed.
export { startDeskFeed, type DeskFeed, type DeskFeedOptions } from './desk-feed';
export { roomsOfCase, deskRoomsOf } from './rooms';
export { screensRouter } from './screens-router';
