/** antd's component styles for the app's theme, built by vite.config.ts (antdStaticStyles). */
declare module 'virtual:antd.css';
