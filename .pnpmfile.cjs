// pnpm 12 ignores `nodedir` from .npmrc; point node-gyp at the system Node headers when they exist
// so native addons (better-sqlite3) build without downloading headers.
const fs = require("node:fs");

module.exports = {
  hooks: {
    updateConfig(config) {
      if (fs.existsSync("/usr/include/node/node.h")) {
        config.extraEnv = { ...(config.extraEnv ?? {}), npm_config_nodedir: "/usr" };
      }
      return config;
    },
  },
};
