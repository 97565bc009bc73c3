/**
 * Technical terms of today's industries that the stock jieba dictionary splits (物联网 → 物/联网,
 * 数字孪生 → 数字/孪生). They join the user dictionary so they stay whole, whether or not the
 * taxonomy's own text uses them often enough to be discovered.
 */
export const TECH_TERMS: readonly string[] = `
物联网 工业互联网 数字孪生 区块链 云计算 大数据 人工智能 机器学习 深度学习 神经网络 大模型 算力 边缘计算 数据标注
虚拟现实 增强现实 元宇宙 智能制造 增材制造 工业机器人 服务机器人 协作机器人 无人机 无人驾驶 自动驾驶 智能网联
新能源汽车 动力电池 储能 充电桩 换电 光伏 风电 氢能 燃料电池 碳排放 碳中和 碳达峰 碳足迹 碳汇 碳交易 碳核算 碳管理
温室气体 节能减排 垃圾分类 再生资源 污水处理 生态修复 建筑信息模型 装配式建筑 智能建造 智慧城市 智能楼宇 智能家居
电子商务 跨境电商 直播带货 互联网营销 全媒体 新媒体 短视频 网约车 网约配送 数字化 信息化 数字经济 数据安全 网络安全
信息安全 密码技术 集成电路 半导体 芯片 嵌入式 单片机 传感器 可编程控制器 数控机床 工业软件 云平台 操作系统 数据库
数据仓库 数据挖掘 数据分析 数据治理 商业智能 用户画像 算法 小程序 移动应用 前端 后端 运维 测试用例 软件测试 信息系统
地理信息 遥感 北斗 卫星导航 激光雷达 机器视觉 计算机视觉 语音识别 自然语言处理 知识图谱 智能客服 电子竞技 康养 托育
`
  .split(/\s+/)
  .filter((term) => term.length > 0);
