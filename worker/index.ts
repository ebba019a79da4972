/**
 * @module
 * The Worker's entry point.
 */
import { createApp } from './app';

export default createApp();
