/**
 * Near-synonyms of work verbs and common task objects, for coverage by meaning: the same work said
 * in other words (修理 for 维修, 挑选 for 选择, 顾客 for 客户). Written from general knowledge of
 * workplace Chinese by walking the classification's own task vocabulary (its most frequent verbs
 * and object words across the 10,536 task statements, by jieba's part of speech) — not from any
 * evaluation item.
 *
 * One line per class, ` # ` and why:
 * - `A B C ~ D E`: A, B and C mean the same (credit 1 between any two); D and E are close to each
 *   of A, B, C (credit `NEAR.close`), not to each other unless another line says so.
 * - `a b > A B ~ D`: everyday words (a single character such as 修, or a compound the
 *   classification does not use, such as 选品) standing for the official words A, B (1) and D (close).
 * Every word left of `>` is everyday; every other word occurs in the taxonomy's task text.
 *
 * Rules the test checks (`near-synonyms.test.ts`), so that no class joins words the classification
 * itself contrasts:
 * - no line joins a verb of professional work with a verb of hands-on work (`work-level.ts`: 设计
 *   is not 安装, 分析 is not 操作);
 * - words the task text lists side by side as separate steps of one task (维护、保养, 检查和维修,
 *   监测、监控) are at most close, never the same.
 */
export const NEAR_SYNONYM_LINES = `
维修 ~ 修理 修复 检修 抢修 维护 # repairing what is broken (维修 of equipment, 修理 of machines and articles, listed apart: close); 修复 restores, 检修 inspects and repairs, 抢修 repairs in haste, 维护 keeps working
修理 ~ 修复 检修 # repairing machines and articles; 修复 restores, 检修 inspects and repairs
维护 ~ 保养 养护 # keeping something in working order; 保养 and 养护 are its routine care
保养 养护 # routine care of equipment (保养) and of roads, plants, works (养护)
清洗 洗涤 ~ 冲洗 清洁 清理 # washing; 冲洗 with running water; 清洁 and 清理 make clean by any means
清洁 清扫 ~ 清理 清除 # cleaning a place; 清理 and 清除 also remove what should not be there
编写 撰写 ~ 书写 编制 起草 拟定 # writing a text or a program; 书写 is the act of writing, 编制 and 起草 draw up a document, 拟定 a draft
选择 挑选 选取 ~ 选定 选用 筛选 # choosing among several; 选定 is the choice made, 选用 choosing to use, 筛选 choosing by criteria
拍摄 ~ 摄影 # taking pictures or footage; 摄影 is the craft
指导 ~ 辅导 教学 讲授 培训 讲解 授课 # guiding someone's learning or work; teaching, lecturing and training are its formal kinds
教学 授课 讲授 ~ 培训 # teaching a class; 培训 trains for a job
核算 计算 ~ 测算 统计 # working out figures; 测算 estimates, 统计 counts and sums
监控 ~ 监视 监测 监督 巡查 巡视 # watching over a process or place (监视 by eye, listed apart from 监控); 监测 measures continuously, 监督 oversees people, 巡查 and 巡视 walk the rounds
巡查 巡视 # walking the rounds to inspect
巡检 巡视 ~ 巡查 # walking the rounds to inspect equipment
检查 ~ 检验 检测 测试 查验 核查 # examining whether something is as it should be; 检验 and 检测 test it against a standard (listed apart), 测试 tries it out, 查验 and 核查 check it against records
核对 复核 ~ 审核 校对 查验 # checking against a reference; 审核 approves, 校对 proofreads
审核 审查 ~ 审计 评审 # examining and approving; 审计 of accounts, 评审 by a panel
收集 搜集 ~ 采集 获取 整理 # gathering material or data; 获取 obtains, 整理 puts in order
整理 归纳 ~ 汇总 # putting material in order; 汇总 adds it up
分析 ~ 研究 调研 调查 # examining to understand; 调研 and 调查 gather facts first
调研 调查 # gathering facts in the field
推广 ~ 宣传 营销 推销 推介 # making something known; 营销 and 推销 aim at selling, 推介 recommends
营销 销售 ~ 推销 # selling; 推销 selling actively
接待 ~ 咨询 # receiving visitors or customers; a 咨询 desk answers them
解答 答疑 ~ 咨询 # answering questions; 咨询 gives advice
沟通 交流 ~ 协调 # exchanging with others; 协调 brings parties into line
记录 登记 ~ 填写 录入 # writing down what happened; 填写 fills a form, 录入 keys it into a system
搬运 运送 ~ 装卸 输送 运输 # moving goods; 装卸 loads and unloads, 输送 conveys, 运输 transports
包装 打包 ~ 封装 分装 # packing goods; 封装 seals, 分装 repacks in portions
烹调 烹饪 ~ 制作 # cooking dishes
种植 栽培 ~ 育苗 播种 # growing plants; 育苗 and 播种 start them
饲养 养殖 喂养 # raising animals
照护 照料 看护 ~ 护理 # looking after a person's daily needs and health
驾驶 操纵 操控 ~ 操作 # driving or piloting a vehicle or machine; 操作 operates any equipment
研发 开发 ~ 研制 # developing a new product or technique
规划 ~ 计划 策划 方案 # deciding in advance what will be done; 策划 plans an event or campaign, a 方案 is the plan written
报告 ~ 报表 文件 # a written account of results; 报表 in tables
资料 文档 ~ 文件 # written material
文件 文档 # documents
编辑 剪辑 ~ 排版 # preparing content for publication; 剪辑 edits footage, 排版 lays out pages
储存 存放 保管 ~ 仓储 # keeping goods safely; 仓储 in a warehouse
盘点 清点 # counting stock
结算 收费 ~ 核算 # settling what is owed
切割 裁切 ~ 切断 裁剪 # cutting material
打磨 ~ 抛光 研磨 # smoothing a surface
装配 ~ 组装 安装 总成 拆装 # putting parts together; 安装 sets something in place, 拆装 takes apart and puts back
拆卸 拆解 ~ 拆除 拆装 # taking apart
更换 替换 # replacing a part
排除 排查 ~ 诊断 # finding and removing faults; 诊断 finds their cause
识别 辨别 鉴别 ~ 判断 判定 鉴定 # telling what something is; 判断 decides, 鉴定 certifies
判断 判定 # deciding from the facts
评估 评定 测评 ~ 评价 考核 # judging value or quality (评价 listed apart); 考核 judges people's performance
展示 ~ 演示 示范 # showing something to others; 示范 shows how it is done
创作 ~ 绘制 绘画 写作 # making an original work; drawing, painting, writing are its kinds
绘制 绘画 # drawing or painting a picture or chart
顾客 客户 客人 ~ 消费者 # the people a business serves
患者 ~ 伤病员 # people under medical care
产品 ~ 商品 # goods made (产品) and goods sold (商品)
零件 零部件 ~ 部件 配件 元件 组件 # parts of a machine or device; 配件 spare parts, 元件 and 组件 of electronics
图纸 图样 # technical drawings
设备 ~ 装置 装备 设施 机械 # equipment; 装备 equips a unit, 设施 is fixed, 机械 is machinery
仪器 仪器仪表 ~ 仪表 # measuring instruments
仪表 仪器仪表 # meters and gauges
工具 ~ 器具 机具 工装 量具 # tools; 机具 powered, 工装 fixtures, 量具 for measuring
汽车 ~ 车辆 # motor vehicles
故障 ~ 缺陷 异常现象 # something that does not work as it should
订单 ~ 合同 # an agreed purchase
写 > 编写 撰写 书写 ~ 编制 # everyday 写 (写代码, 写报告)
修 > 维修 修理 ~ 修复 检修 # everyday 修 (修电脑, 修车)
拍 > 拍摄 ~ 摄影 # everyday 拍 (拍视频, 拍照片)
教 > 教学 讲授 授课 ~ 指导 辅导 培训 # everyday 教 (教学生, 教小朋友)
算 > 计算 核算 ~ 测算 统计 # everyday 算 (算账, 算成本)
盯 > 监控 监视 ~ 监测 # everyday 盯 (盯生产线, 盯数据)
洗 > 清洗 洗涤 ~ 冲洗 清洁 # everyday 洗 (洗车, 洗设备)
选 挑 > 选择 挑选 ~ 选定 选取 筛选 # everyday 选 and 挑 (选材料, 挑货)
选品 > 挑选 选择 选定 ~ 产品 商品 # e-commerce 选品: choosing which products to sell
打扫 > 清扫 清洁 ~ 清理 # everyday 打扫 (打扫卫生)
喂 > 喂养 饲养 # everyday 喂 (喂猪, 喂鸡)
卖 售卖 > 销售 ~ 推销 # everyday 卖 (卖货)
买 购买 > 采购 # everyday 买 (买材料)
装 > 安装 装配 组装 ~ 装卸 包装 # everyday 装 (装空调, 装机器)
画 > 绘制 绘画 # everyday 画 (画图, 画画)
查 > 检查 核查 ~ 查验 查询 # everyday 查 (查账, 查故障)
管 > 管理 ~ 保管 监督 # everyday 管 (管仓库, 管账)
病人 > 患者 # everyday 病人
照顾 > 照料 照护 护理 ~ 看护 # everyday 照顾 (照顾老人, 照顾病人)
上课 讲课 > 授课 讲授 教学 ~ 培训 # everyday 上课 and 讲课 (for the teacher)
画画 > 绘画 ~ 绘制 # everyday 画画
算账 做账 > 核算 记账 ~ 结算 # everyday bookkeeping
打扫卫生 > 清扫 清洁 ~ 清理 # everyday 打扫卫生
拍照 > 照相 拍摄 ~ 摄影 # everyday 拍照
做饭 烧菜 > 烹饪 烹调 # everyday cooking
送货 > 配送 运送 # everyday 送货 (delivering goods)
开车 > 驾驶 # everyday 开车
学员 > 学生 # the trainees of a course (学生 in the classification)
`;
