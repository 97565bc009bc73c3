/**
 * How people describe work, mapped to the classification's own words. Built from general knowledge
 * of everyday and workplace Chinese (and common English), by domain — not from any evaluation item.
 * Each line: colloquial patterns separated by `|`, then `>`, then the official terms they stand for.
 * Han patterns match anywhere in the text; Latin patterns match whole words.
 */
export const SYNONYM_LINES = `
写代码|敲代码|编程|码农|程序员|写程序|coding|coder|programmer|programming|developer|开发工程师 > 软件 程序 编写 开发 编程
前端|前端开发|网页制作|做网站|建网站|vue|react|html|css|javascript|js|typescript|frontend|web > 网页 网站 前端 软件 开发 界面
后端|服务端|接口开发|java|golang|go语言|spring|php|node|backend|c++|c# > 软件 开发 服务器 数据库 程序
软件测试|测试用例|写用例|找bug|提bug|自动化测试|qa|tester|testing|selenium > 软件 测试 测试用例 缺陷
运维|devops|linux|服务器维护|上线部署|部署|docker|k8s|kubernetes > 运行 维护 服务器 系统 网络 部署
网管|装网络|拉网线|布网线|路由器|交换机|组网|network > 网络 设备 管理 维护 布线
数据库|mysql|sql|oracle|database > 数据库 管理 数据
数据分析|做报表|报表|数据透视|excel|表格|tableau|power bi|bi|spss|data analysis|analyst|analytics > 数据 分析 统计 报表
python|pandas|numpy|r语言|matlab > 程序 编写 数据 分析 处理
爬虫|抓数据|采集数据|crawler > 数据 采集 程序
机器学习|深度学习|神经网络|大模型|算法工程师|训练模型|调参|ai|machine learning|deep learning|llm|gpt|chatgpt|pytorch|tensorflow > 人工智能 算法 模型 训练 机器学习
数据标注|标注数据|打标签|标注员|labeling|annotation > 数据 标注 人工智能 训练
小程序|app开发|安卓|苹果开发|android|ios|flutter|移动端 > 移动 应用 软件 开发 程序
网络安全|黑客|渗透测试|攻防|防火墙|漏洞|cybersecurity|security|hacker|ctf > 网络 安全 信息安全 防护 漏洞
上云|阿里云|腾讯云|华为云|云服务器|云平台|aws|azure|cloud > 云计算 云 平台 服务
智能家居|iot|传感器|智能设备|联网设备 > 物联网 传感器 设备 数据 采集
单片机|嵌入式|arduino|stm32|树莓派|raspberry|电路板|焊板子|embedded > 嵌入式 电子 电路 程序 硬件
plc|工控|自动化控制|组态|scada|dcs > 可编程 控制器 自动化 控制 系统
机械臂|机器人|robot|robotics > 工业机器人 机器人 编程 操作 维护
无人机|航拍|飞手|大疆|drone|uav > 无人机 驾驶 航拍 飞行
3d打印|三维打印|3d printing > 增材制造 打印 三维
建模|三维建模|3dmax|3ds max|maya|blender|c4d|zbrush|solidworks|proe|creo > 三维 建模 模型 设计
cad|autocad|画图纸|画图|看图纸|识图|制图 > 计算机 辅助 设计 制图 图纸 绘制
修电脑|装电脑|装机|重装系统|装系统|电脑维修|computer repair > 计算机 维修 硬件 安装 系统
修手机|换屏|手机维修|刷机|贴膜 > 手机 维修 通信 终端 设备
ps|photoshop|修图|p图|美图|抠图|ai设计|illustrator > 图像 处理 设计 图片
剪辑|剪视频|剪片子|premiere|剪映|达芬奇|final cut|after effects|video editing > 视频 剪辑 编辑 制作 后期
拍视频|短视频|vlog|抖音|快手|b站|bilibili|视频号|tiktok|youtube > 短视频 视频 拍摄 制作 网络 平台 内容 运营
直播|主播|带货|开播|直播间|连麦|livestream|streamer > 直播 网络 营销 互联网营销 销售 推广 主播
公众号|小红书|新媒体|自媒体|涨粉|粉丝|社群运营|用户运营|内容运营|微博|社交媒体|social media > 新媒体 全媒体 运营 内容 推广 用户 平台
电商|淘宝|天猫|京东|拼多多|网店|开网店|店铺运营|亚马逊|跨境电商|shopee|速卖通|amazon|e-commerce|ecommerce > 电子商务 网店 网络 销售 平台 运营 商品
客服|售后|接待客户|回复客户|处理投诉|customer service > 客户 服务 咨询 投诉 处理 售后
美工|平面设计|海报|做海报|排版|版式|logo|vi设计|视觉设计|graphic design > 平面 设计 视觉 图形 版面 美术
ui|ux|交互设计|界面设计|用户体验|原型图|figma|sketch|axure > 用户 界面 交互 设计 体验
游戏|打游戏|电竞|王者荣耀|英雄联盟|lol|esports|gaming|game > 电子竞技 游戏 比赛 运营
区块链|web3|比特币|以太坊|nft|智能合约|blockchain > 区块链 应用 技术
大数据|hadoop|spark|flink|hive|数据仓库|数仓|big data > 大数据 数据 处理 平台 分析
数字孪生|digital twin > 数字孪生 三维 模型 仿真
vr|ar|元宇宙|虚拟现实|增强现实|xr > 虚拟现实 增强现实 三维 交互
产品经理|需求文档|prd|product manager > 产品 需求 设计 规划 管理
工程师|engineer > 工程技术 工程 技术
电脑|笔记本电脑|台式机|pc > 计算机
招聘专员|招聘主管|招聘经理|招人|猎头|headhunter|recruiter > 招聘 人才 人力资源 甄选
顾问|consultant > 咨询 顾问
项目管理|项目经理|pmp|project management|project manager > 项目 管理 计划 进度 协调
车床|车工|数控|cnc|加工中心|铣床|磨床|机加工|机械加工 > 数控 机床 车床 切削 加工 零件 机械
电焊|焊接|氩弧焊|二保焊|烧焊|点焊|焊工|welding|welder > 焊接 焊工 电焊 焊缝
钳工|装配|组装|拧螺丝|流水线|产线|生产线|普工|操作工|厂里|车间|工厂|assembly > 装配 生产线 操作 加工 组装 生产 车间
模具|开模|注塑|冲压 > 模具 注塑 冲压 成型 加工
质检|品检|qc|品管|检验员|验货|抽检|iqc|ipqc|oqc|quality inspection > 质量 检验 检测 产品 质检
喷漆|喷涂|刷漆|油漆|上漆|painting > 涂装 喷涂 涂料 油漆
电工|接电线|接线|布线|走线|电路|配电箱|配电|electrician|wiring > 电工 电气 线路 安装 维修 配电 电路
水电工|水电安装|修水管|通下水道|水管 > 给水 排水 管道 电气 线路 安装 维修
空调|冰箱|洗衣机|家电|修家电|热水器|油烟机 > 家用电器 制冷 空调 安装 维修
电梯 > 电梯 安装 维修 保养
叉车|铲车|forklift > 叉车 搬运 装卸 驾驶 工业车辆
吊车|塔吊|起重|龙门吊|crane > 起重 吊装 起重机 操作
挖掘机|挖机|勾机|装载机|推土机|压路机|excavator > 挖掘机 工程机械 驾驶 操作
开车|司机|驾驶员|driver|driving > 驾驶 驾驶员
货车|大货车|拉货|跑运输|开大车|跑长途|truck > 汽车 驾驶 运输 货运 道路
滴滴|网约车|出租车|开出租|专车|taxi > 出租汽车 网约车 驾驶 客运 乘客
公交|大巴|客车|校车|bus > 公共汽车 客运 驾驶 乘客
驾校|教练车|教开车|学车 > 机动车 驾驶 教练 培训
修车|汽修|汽车维修|换机油|保养车|4s店|补胎|换轮胎|钣金|汽车保养|mechanic|auto repair > 汽车 维修 保养 检测 故障 机动车
洗车|汽车美容|车衣|镀晶|打蜡 > 汽车 美容 清洗 装饰
新能源车|电动车|电动汽车|电车|充电桩|三电|ev|electric vehicle > 新能源 汽车 电池 充电 电动
光伏|太阳能板|太阳能|光伏板|solar|photovoltaic|pv > 光伏 太阳能 发电 组件 电站
风电|风机|风力|风电场|wind power > 风力发电 风电 机组 发电
储能|锂电|锂电池|电池包|电芯|battery > 储能 电池 电芯
碳排放|碳中和|碳达峰|双碳|碳核算|碳足迹|减碳|碳交易|碳盘查|carbon > 碳排放 碳 管理 核算 温室气体 减排
节能|省电|能耗|能效|节能减排|energy saving > 节能 能源 能耗 管理 效率
环保|污水|废水|废气|环评|环境监测|pollution|environmental > 环境 保护 污染 治理 监测 污水 处理
垃圾分类|回收|废品|再生资源|旧物|recycling > 垃圾 分类 回收 再生资源 利用 废弃物
装修|装潢|刷墙|贴瓷砖|铺地砖|吊顶|刮腻子|油漆工|软装|硬装 > 装饰 装修 墙面 地面 瓷砖 施工 涂料
木工|木匠|做家具|打家具|carpenter > 木工 家具 木材 制作 加工
盖房子|工地|搬砖|砌墙|砌砖|扎钢筋|钢筋|浇混凝土|混凝土|打灰|模板工 > 建筑 施工 砌筑 钢筋 混凝土 工程
全站仪|放线|测绘|rtk|gps测量|surveying > 测量 测绘 控制 数据
造价|做预算|算量|套定额|广联达 > 工程 造价 预算 计量 定额
监理|工程监理 > 工程 监理 质量 安全
施工员|现场管理|工地管理|项目部 > 施工 现场 管理 进度 质量 安全
bim|revit > 建筑信息模型 bim 三维 模型 设计
gis|arcgis|地图 > 地理信息 系统 地图 数据
种地|种菜|种田|种庄稼|种粮|大棚|温室|蔬菜|farming|farm > 种植 农作物 蔬菜 栽培 农业 设施
果园|果树|摘果子|剪枝|嫁接 > 果树 栽培 果园 修剪 嫁接
打农药|施肥|打药|除虫|除草|病虫害|pesticide > 农药 施肥 病虫害 防治
养猪|养鸡|养牛|养羊|养殖|喂猪|放羊|养鸭|猪场|鸡场|牧场 > 畜禽 饲养 养殖 家畜 家禽 畜牧
养鱼|养虾|鱼塘|水产|养蟹|aquaculture > 水产 养殖 鱼类 水产品
兽医|给猪打针|动物看病|宠物医院|veterinary|vet > 动物 疫病 防治 诊疗 兽医
合作社|农户|乡村|农村|村里|农民|老乡 > 农业 农村 合作 农户
农机|拖拉机|收割机|插秧机|播种机|tractor > 农业 机械 拖拉机 收获 播种 操作
茶叶|采茶|炒茶|制茶|茶园|tea > 茶叶 茶 加工 种植
花卉|园艺|绿化|修剪树木|种花|草坪|花园|盆景|gardening > 园林 绿化 花卉 园艺 植物 养护
种树|植树|护林|森林|林场|forestry > 林业 造林 森林 管护 树木
做饭|炒菜|厨师|后厨|掌勺|颠勺|烧菜|做菜|切菜|配菜|打荷|cook|chef|cooking > 烹饪 烹调 菜肴 厨师 中式烹调 原料
面点|包子|馒头|饺子|做面包|烘焙|蛋糕|甜品|西点|baking|bakery|pastry > 面点 糕点 烘焙 西式面点 面包 制作
奶茶|咖啡|调酒|饮品|咖啡师|barista|coffee|bartender|cocktail > 饮品 咖啡 调制 茶饮 调酒 饮料
服务员|端盘子|传菜|点菜|餐厅|饭店|餐馆|waiter|waitress|restaurant > 餐厅 服务员 餐饮 服务 顾客
酒店|宾馆|前台接待|客房|民宿|hotel > 酒店 前厅 客房 服务 住宿 接待
收银|收银员|扫码收款|cashier > 收银 结算 收款
超市|理货|上货|导购|卖衣服|店员|门店销售|营业员|商场|retail > 商品 营业员 销售 导购 陈列 超市 顾客
销售|推销|跑业务|业务员|谈客户|拉客户|地推|开发客户|大客户|sales|salesman > 销售 推销 客户 营销 市场 业务
营销|推广|市场推广|品牌推广|广告投放|投放|seo|sem|marketing > 营销 推广 市场 广告 品牌
房产中介|卖房子|租房|二手房|房屋中介|real estate > 房地产 经纪 中介 房屋 交易
保险|卖保险|保单|insurance > 保险 代理 销售 理赔
快递|送快递|派件|揽件|快递员|驿站|courier > 快递 快件 派送 揽收 分拣
外卖|送外卖|骑手|美团|饿了么|跑腿|闪送|配送员|delivery > 网约配送 配送 外卖 餐饮 送餐 骑手
仓库|仓管|库管|出入库|盘点|发货|打包|拣货|分拣|物流|warehouse|logistics > 仓储 仓库 管理 物流 货物 出入库 配送 包装
保安|门卫|安保|巡逻|站岗|看大门|监控室|security guard > 保安 安全 保卫 巡逻 守护 门卫 监控
保洁|打扫|搞卫生|清洁|擦玻璃|扫地|cleaner|cleaning > 保洁 清洁 卫生 环境
物业|小区|业主|property management > 物业 管理 小区 业主 服务
家政|保姆|做家务|钟点工|housekeeping|housekeeper > 家政 服务 家务 家庭
月嫂|带宝宝|坐月子|新生儿|产后|母婴 > 母婴 护理 新生儿 产妇 育婴
带孩子|带娃|幼儿|托儿所|早教|幼儿园|小朋友|宝宝|托育|childcare|kindergarten > 保育 育婴 婴幼儿 照护 幼儿 教育 托育
养老|护工|照顾老人|陪护|老年人|老人|敬老院|养老院|失能|elderly|caregiver > 养老 护理 老年人 照护 生活 照料
按摩|推拿|足疗|艾灸|理疗|拔罐|刮痧|massage > 保健 按摩 推拿 足部 调理
美容|美甲|化妆|美睫|护肤|皮肤管理|纹绣|makeup|beauty|nail > 美容 化妆 美甲 皮肤 护理
理发|剪头发|发型|烫发|染发|剪发|洗头|tony|barber|hairdresser > 美发 发型 理发 头发 造型
健身|私教|瑜伽|健身房|撸铁|普拉提|fitness|gym|personal trainer|yoga > 健身 指导 运动 体育 锻炼 训练
体育|篮球|足球|游泳|跑步|田径|sports|coach > 体育 运动 训练 指导 比赛
导游|带团|旅游|旅行社|景区|景点讲解|tour guide|tourism|travel > 导游 旅游 游客 讲解 景区
开店|创业|做生意|个体户|自己当老板|startup > 经营 管理 创业
宠物|铲屎|猫咪|狗狗|宠物美容|pet > 宠物 动物 饲养 美容 护理
摄影|拍照|照相|修片|相机|单反|photography|photographer > 摄影 拍摄 图像 照片
婚礼|婚庆|主持婚礼|司仪|wedding > 婚礼 婚庆 主持 策划 仪式
活动策划|办活动|会展|展会|年会|event planning > 策划 活动 会展 组织 执行
翻译|口译|笔译|同传|translation|translator|interpreter > 翻译 外语 语言
打字|录入|文员|行政|前台|办公室|做表格|整理文件|会议记录|订会议室|office|secretary|clerk > 文秘 行政 办公 文件 录入 事务 接待 秘书
人事|hr|面试候选人|社保办理|算工资|薪资核算|员工关系|human resources|recruiting > 人力资源 招聘 员工 薪酬 绩效 管理
会计|做账|记账|报税|出纳|财务|发票|对账|税务|报销|accountant|accounting|bookkeeping|finance > 会计 账务 核算 财务 税务 出纳 报表
审计|audit|auditor > 审计 财务 检查
银行|柜员|贷款|理财|信贷|信用卡|bank|banking|loan > 银行 金融 信贷 理财 业务
股票|炒股|证券|基金|期货|投资|stock|securities|investment > 证券 投资 基金 金融 交易
法律|律师|打官司|合同审核|法务|诉讼|lawyer|legal|law > 法律 律师 诉讼 合同 法务
老师|教书|讲课|家教|辅导|带学生|备课|支教|teacher|teaching|tutor|tutoring|trainer > 教师 教学 教育 课程 培训 学生 辅导
医生|看病|门诊|坐诊|诊所|doctor|physician|clinic > 医师 诊断 治疗 疾病 临床 患者
护士|打针|输液|扎针|护理病人|病房|nurse|nursing > 护士 护理 病人 患者 注射
药店|卖药|药剂|抓药|药房|pharmacy|pharmacist > 药品 药剂 调剂 药学 药店
康复|复健|rehabilitation|physiotherapy > 康复 训练 治疗 功能
心理|心理咨询|谈心|情绪|counseling|psychology|psychological > 心理 咨询 辅导 心理健康
社工|志愿者|社区服务|居委会|街道|social work|volunteer > 社会 工作 社区 服务 志愿 服务
急救|心肺复苏|cpr|first aid > 急救 救护 现场
消防|灭火|救火|消防栓|firefighter|fire > 消防 灭火 救援 火灾
写文章|写稿|文案|小编|码字|写推文|copywriting|copywriter|writer|writing > 编辑 文字 写作 撰写 稿件 内容 文案
记者|采访|新闻|journalist|reporter > 新闻 采访 记者 报道
唱歌|跳舞|乐器|弹琴|吉他|钢琴|乐队|singer|dancer|dance|music|musician > 演奏 演唱 舞蹈 表演 音乐
画画|插画|绘画|手绘|素描|水彩|drawing|illustration|illustrator|painting > 绘画 美术 插画 创作
动画|动漫|二次元|原画|animation|animator > 动画 制作 原画 角色
配音|播音|主持人|电台|broadcasting > 播音 主持 配音 节目
裁缝|缝衣服|做衣服|改衣服|缝纫|打版|制版|tailor|sewing > 服装 缝纫 裁剪 制作 制版
开锁|配钥匙|修锁|locksmith > 锁具 修理 开锁
印刷|打印店|复印|printing > 印刷 印刷品 制版
开船|船员|水手|跑船|海员|sailor|seaman > 船舶 驾驶 船员 水手 航行
机务|地勤|空乘|空姐|乘务员|飞机|flight attendant|airline|airport > 航空 民航 乘务 机场 飞机
高铁|地铁|火车|列车|动车|railway|metro|subway > 铁路 轨道交通 列车 乘务 车站
煤矿|挖煤|下井|矿山|矿井|mining|miner > 采矿 矿山 井下 煤矿
油田|钻井|采油|石化|oil field|drilling > 石油 钻井 采油 油气
化验|实验室|做实验|试剂|滴定|色谱|lab|laboratory|chemistry > 化学 化验 检验 实验 分析 试剂
食品厂|食品加工|做食品|食品安全|food processing|food safety > 食品 加工 生产 检验 安全
电子厂|贴片|smt|插件|焊锡|pcb|电子组装 > 电子 元器件 装配 焊接 印制电路板
芯片|半导体|集成电路|晶圆|封装测试|chip|semiconductor > 集成电路 半导体 芯片 晶圆 封装
`;
