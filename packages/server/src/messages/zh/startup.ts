/** Chinese, the reference language: what `skillbank serve` says while it starts (on the terminal or in the log). */

export const startup = {
  starting: (database: string) => `Skillbank 正在启动（数据库：${database}）……`,
  listening: (url: string) => `已占用端口 ${url}，正在准备职业分类和匹配索引（第一次约需半分钟）`,
  ready: (url: string, ms: number) => `Skillbank 已就绪，用时 ${ms} 毫秒。请在浏览器打开 ${url}`,
  demoHint: '想先看看样子？用演示数据启动：SKILLBANK_DEMO=1 npm start',
  portBusy: (port: number, host: string) =>
    `端口 ${port}（${host}）已被占用：可能另一个 Skillbank 或别的程序正在使用它。请先停掉它，或换个端口启动：PORT=${port + 1} npm start`,
  portDenied: (port: number, host: string) =>
    `没有权限监听端口 ${port}（${host}）。1024 以下的端口需要管理员权限，请换个端口：PORT=3000 npm start`,
  hostUnknown: (host: string) =>
    `无法在地址 ${host} 上监听：这台机器没有这个地址。请检查 HOST（默认 127.0.0.1）。`,
  databaseUnwritable: (path: string, reason: string) =>
    `无法写入数据库 ${path}（${reason}）。请改一个可写的位置，例如 DATABASE_URL=sqlite:$HOME/skillbank/skillbank.db npm start，或者修改该目录的权限。`,
  databaseUnreachable: (url: string, reason: string) =>
    `无法连接数据库 ${url}（${reason}）。请检查 DATABASE_URL 以及数据库服务是否在运行。`,
  startFailed: (reason: string) => `Skillbank 没能启动：${reason}`,
  startingPage: 'Skillbank 正在启动，请几秒后刷新。',
  importing: (phase: string, percent: number) => `正在导入职业分类：${phase} ${percent}%`,
  stopping: '正在停止……',
};

export type StartupMessages = typeof startup;
