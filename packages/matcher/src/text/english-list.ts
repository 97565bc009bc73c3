/**
 * English words of work, mapped to the classification's own words (issue 9): English evidence
 * ("I welded the frames with MIG") and the English in real postings (Java开发, HR专员, UI设计,
 * CNC操作工) are read as the Chinese they stand for. Written from general knowledge by walking the
 * 2022 classification — every major group, middle group by middle group, and the minor groups whose
 * work people describe in English (trades, IT, health, logistics, finance, design …) — not from
 * any evaluation item; the last lines are the general verbs and objects of work (install, repair,
 * operate, machine …). Same line form as `everyday-list.ts` (`patterns > official words # source`):
 * the source is the group or occupation the line was written for, and the official words are taken
 * from its names, definitions and tasks (`english.test.ts` checks both). Patterns are lower-case
 * English, matched as whole words and word sequences; each word also matches its inflections
 * (`weld` → welds, welding, welded; see `inflections` in `synonyms.ts`), except that a word written
 * as a pattern of its own is read only as itself.
 */
export const ENGLISH_LINES = `
party secretary|party branch|communist party|party committee > 党 党组织 负责人 # 1-01-00 中国共产党机关和基层组织负责人
government official|civil servant|government department|public administration > 国家机关 行政 管理 # 1-02-02 国家行政机关负责人
trade union|labour union|labor union|youth league|women's federation > 工会 共青团 妇联 # 1-04-01 人民团体和群众团体负责人
ngo|nonprofit|non-profit|charity|foundation > 社会组织 基金会 公益 # 1-04-02 社会团体负责人
residents committee|neighbourhood committee|neighborhood committee|village committee|village head > 居民委员会 村民委员会 # 1-05-00 基层群众性自治组织负责人
ceo|general manager|managing director|company director|board of directors|business owner|founder|cofounder|co-founder|run a company|run my own business > 企业 经理 董事 经营 管理 # 1-06-01 企业负责人
philosophy|philosopher|ethics|logic > 哲学 研究 # 2-01-01 哲学研究人员
economics|economist|econometrics|macroeconomics|microeconomics > 经济学 经济 研究 # 2-01-02 经济学研究人员
jurisprudence|legal research|legal theory > 法学 研究 # 2-01-03 法学研究人员
education research|pedagogy|educational research > 教育学 教育 研究 # 2-01-04-01 教育学研究人员
psychology|psychologist|cognitive|cognition|behaviour|behavior|questionnaire|survey participants|decision making|perception|memory|attention|emotion > 心理学 心理 行为 意识 研究 # 2-01-04-02 心理学研究人员
sports science|exercise science|kinesiology > 体育学 体育 运动 研究 # 2-01-04-03 体育学研究人员
history|historian|historical|archive research > 历史学 历史 研究 # 2-01-05 历史学研究人员
mathematics|mathematician|math research|maths research|theorem|proof > 数学 研究 # 2-01-06-01 数学研究人员
physics|physicist|quantum|optics|condensed matter > 物理学 物理 研究 # 2-01-06-02 物理学研究人员
chemistry|chemist|organic chemistry|synthesis|catalysis > 化学 研究 # 2-01-06-03 化学研究人员
astronomy|astronomer|telescope|astrophysics > 天文学 天文 研究 # 2-01-06-04 天文学研究人员
biology|biologist|molecular biology|genetics|cell biology|microbiology|pcr|crispr|gene|dna|protein|zebrafish|mouse model > 生物学 生物 研究 基因 # 2-01-06-05 生物学研究人员
geology research|geoscience|earth science|geophysics|geochemistry > 地球 地质 研究 # 2-01-06-06 地球研究人员
agricultural research|agronomy research|crop science > 农业 研究 # 2-01-07 农业科学研究人员
medical research|clinical research|clinical trial|epidemiology|biomedical > 医学 研究 临床 # 2-01-08 医学研究人员
management research|management science|organizational behaviour|organizational behavior > 管理学 研究 # 2-01-09 管理学研究人员
literature|literary|art history|film studies|literary criticism > 文学 艺术学 研究 # 2-01-10 文学、艺术学研究人员
military science|military strategy|defence studies|defense studies > 军事学 研究 # 2-01-11 军事学研究人员
geologist|geological survey|field geology|mineral exploration|prospecting|core samples|drilling rig|borehole > 地质 勘查 勘探 钻探 矿产 # 2-02-01 地质勘探工程技术人员
surveyor|surveying|land survey|total station|gnss|rtk|leveling|levelling|topographic|photogrammetry|remote sensing|gis|mapping|cartography|map making|geographic information > 测量 测绘 摄影测量 遥感 地理信息 地图 # 2-02-02 测绘和地理信息工程技术人员
mining engineer|mine design|mining engineering|mine ventilation|mineral processing|ore dressing|flotation > 矿山 采矿 通风 选矿 工程技术 # 2-02-03 矿山工程技术人员
petroleum engineer|reservoir|oil and gas|oilfield|oil field|natural gas|pipeline > 石油 天然气 油气 储运 开采 # 2-02-04 石油天然气工程技术人员
metallurgy|metallurgical|metallurgist|smelting|steelmaking|rolling mill|refractory|refractories|metal materials > 冶金 冶炼 轧制 耐火材料 金属材料 # 2-02-05 冶金工程技术人员
chemical engineer|chemical engineering|process engineer|chemical process|pilot plant|scale up|scale-up|reactor design > 化工 工艺 设计 生产 实验 # 2-02-06 化工工程技术人员
mechanical engineer|mechanical engineering|mechanical design|machine design|solidworks|autocad|catia|ug nx|creo|jig|fixture|tooling design|mould design|mold design|die design|gearbox > 机械 设计 工程技术 模具 零件 # 2-02-07 机械工程技术人员
instrumentation|instrument engineer|control engineer|automation engineer|control system > 仪器仪表 自动控制 控制 # 2-02-07-07 自动控制工程技术人员
welding engineer|welding procedure|wps > 焊接 工艺 工程技术 # 2-02-07-09 焊接工程技术人员
aircraft|airplane|aeroplane|plane maker|aerospace|aeronautical|aviation engineering|fuselage|airframe|aero engine|jet engine|riveting|rivet|composite parts > 飞行器 航空 飞机 发动机 铆接 # 2-02-08 航空工程技术人员
electronics engineer|electronic engineering|circuit design|pcb design|schematic|hardware engineer|hardware design|fpga|analog circuit|digital circuit|radar|oscilloscope > 电子 电路 设计 元器件 雷达 # 2-02-09 电子工程技术人员
telecom|telecommunications|telecommunication|communication engineer|5g|4g|base station|optical fiber|optical fibre|wireless network|rf > 通信 光纤 无线 网络 # 2-02-10-01 通信工程技术人员
computer hardware|hardware engineer|motherboard|server hardware > 计算机 硬件 # 2-02-10-02 计算机硬件工程技术人员
software engineer|software developer|software development|backend|back-end|frontend|front-end|full stack|full-stack|web developer|app developer|java|python developer|javascript|typescript|react|vue|golang|c++|code review|git|api|microservice|microservices|write code|coding|programming|programmer|developer > 软件 开发 程序 编写 设计 # 2-02-10-03 计算机软件工程技术人员
network engineer|network engineering|ccna|ccnp|router|switch configuration|lan|wan|vpn|firewall > 计算机网络 网络 路由器 交换机 # 2-02-10-04 计算机网络工程技术人员
systems analyst|business analyst|requirements analysis|information system|erp|mis > 信息系统 分析 需求 # 2-02-10-05 信息系统分析工程技术人员
embedded|embedded system|firmware|microcontroller|mcu|stm32|arduino|rtos|raspberry pi > 嵌入式 系统 软件 硬件 单片机 # 2-02-10-06 嵌入式系统设计工程技术人员
cybersecurity|cyber security|information security|infosec|penetration testing|pentest|vulnerability|security audit|ctf > 信息安全 网络 安全 漏洞 # 2-02-10-07 信息安全工程技术人员
it operations|sysadmin|system administrator|operations engineer|sre|site reliability|devops|server|linux|monitoring alerts > 运行 维护 系统 服务器 # 2-02-10-08 信息系统运行维护工程技术人员
electrical engineer|electrical engineering|motor|generator|transformer|switchgear|circuit breaker|insulation|electric machine|electrical equipment|dyno|dynamometer > 电气 电工 电器 电机 变压器 绝缘 # 2-02-11-01 电工电器工程技术人员
cable|wire and cable|fiber optic cable|optical cable > 电缆 光缆 # 2-02-11-02 电缆光缆工程技术人员
lighting|lighting design|led lighting|light source > 照明 光源 灯具 # 2-02-11-03 光源与照明工程技术人员
power plant|power station|power generation|power engineer|power system|power grid|grid|substation|transmission line|distribution network|power supply|electricity supply|low voltage|high voltage|smart meter|electricity meter|load control|outage|power outage > 电力 发电 供电 用电 变电 输电 电网 电能 计量 # 2-02-12 电力工程技术人员
postal engineering|express delivery engineering|sorting center design > 邮政 快递 工程 # 2-02-13 邮政和快递工程技术人员
broadcast engineer|broadcasting engineering|tv station|transmitter|stage machinery|stage equipment > 广播电视 制播 演艺设备 # 2-02-14 广播电影电视及演艺设备工程技术人员
traffic engineering|road traffic|highway maintenance|road maintenance|shipping engineering|navigation aid|buoy|lighthouse|salvage > 道路 交通 公路 养护 船舶 航标 救助 打捞 # 2-02-15 道路和水上运输工程技术人员
aircraft maintenance engineer|airworthiness|air traffic control|air traffic controller|flight dispatch|dispatcher > 民用航空器 维修 适航 空中交通 签派 # 2-02-16 民用航空工程技术人员
railway engineer|railway engineering|rail engineering|track engineering|signalling|railway signal|catenary|overhead line > 铁道 铁路 工务 电务 供电 # 2-02-17 铁道工程技术人员
architect|architecture|architectural design > 建筑 设计 # 2-02-18-01 建筑和市政设计工程技术人员
civil engineer|civil engineering|structural engineer|structural design|construction drawing|shop drawing|revit|bim|site engineer > 土木 建筑 结构 施工 # 2-02-18-02 土木建筑工程技术人员
landscape architect|landscape architecture|landscape design|planting plan|planting design|park design > 风景园林 园林 绿化 景观 设计 种植 # 2-02-18-03 风景园林工程技术人员
water supply and drainage|plumbing design > 给水 排水 # 2-02-18-04 供水排水工程技术人员
geotechnical|foundation design|site investigation > 岩土 勘察 # 2-02-18-05 工程勘察与岩土工程技术人员
gas supply|heating supply|district heating design > 燃气 供热 # 2-02-18-06 城镇燃气与供热工程技术人员
bridge design|tunnel|road design|highway design > 道路 桥梁 隧道 # 2-02-18-08 道路与桥隧工程技术人员
building materials|cement engineering|concrete mix design|concrete technology|silicate|ceramic engineering|glass engineering > 建材 水泥 混凝土 硅酸盐 无机非金属材料 # 2-02-19 建材工程技术人员
forestry engineer|afforestation|forest management|desertification|sand control|nature reserve|wildlife conservation|nursery|seedlings > 森林 林草 造林 防沙治沙 自然保护区 野生动植物 苗圃 # 2-02-20 林草工程技术人员
hydraulic engineering|water resources|hydrology|flood control|irrigation scheme|reservoir dam|dam|levee|river management|water saving > 水利 水文 水资源 防汛 节水 河湖 # 2-02-21 水利工程技术人员
ocean engineering|oceanography|marine survey|desalination|offshore|deep sea|submersible > 海洋 海水淡化 深潜 调查 # 2-02-22 海洋工程技术人员
textile engineer|textile engineering|dyeing and finishing|chemical fibre|chemical fiber|nonwoven|non-woven|garment engineering|apparel engineering > 纺织 染整 化学纤维 非织造 服装 # 2-02-23 纺织服装工程技术人员
food engineer|food science|food technology|food scientist|new product development|recipe development|shelf life > 食品 工程技术 研发 配方 # 2-02-24 食品工程技术人员
meteorologist|meteorology|weather forecast|weather forecasting|forecaster|climate|climatology|weather radar|lightning protection|cloud seeding > 气象 天气预报 气候 观测 防雷 人工影响天气 # 2-02-25 气象工程技术人员
seismology|seismologist|earthquake|seismic monitoring|seismic hazard > 地震 监测 预测 # 2-02-26 地震工程技术人员
environmental engineer|environmental engineering|environmental monitoring|pollution control|environmental impact assessment|eia|emissions|radiation safety|nuclear safety|hse|ehs|carbon accounting|carbon footprint|carbon management|carbon emissions|greenhouse gas > 环境 监测 污染 防治 环境影响评价 辐射 健康安全环境 碳 温室气体 # 2-02-27 环境保护工程技术人员
safety engineer|safety engineering|fire protection engineering|fire engineering|safety assessment|risk assessment|occupational safety|anti-counterfeiting|security system design|cctv design > 安全 消防 评价 安全生产 防伪 安全技术防范 # 2-02-28 安全工程技术人员
quality engineer|quality management|quality system|iso 9001|iso9001|six sigma|standardization|standardisation|metrology|calibration|certification|reliability engineering > 质量 管理 标准化 计量 认证 可靠性 # 2-02-29 标准化、计量、质量和认证认可工程技术人员
industrial engineer|industrial engineering|lean manufacturing|lean production|kaizen|time study|line balancing|production planning > 工业 工程 生产 效率 # 2-02-30-01 工业工程技术人员
logistics engineer|supply chain planning|logistics planning > 物流 规划 # 2-02-30-02 物流工程技术人员
strategic planning|corporate strategy > 战略规划 # 2-02-30-03 战略规划与管理工程技术人员
project manager|project management|pmp > 项目管理 项目 # 2-02-30-04 项目管理工程技术人员
recycling engineer|renewable resources > 再生资源 # 2-02-30-05 再生资源工程技术人员
energy management|energy manager > 能源管理 能源 # 2-02-30-06 能源管理工程技术人员
construction supervision|site supervision|supervising engineer > 监理 # 2-02-30-07 监理工程技术人员
information management|mis > 信息管理 # 2-02-30-08 信息管理工程技术人员
data analyst|data analysis|data analytics|data processing|sql|power bi|tableau > 数据 分析 处理 # 2-02-30-09 数据分析处理工程技术人员
cost estimate|cost estimation|quantity surveying|quantity surveyor|bill of quantities > 工程造价 造价 # 2-02-30-10 工程造价工程技术人员
product inspection engineer|import export inspection|quarantine|customs inspection|special equipment inspection|boiler inspection|fibre inspection|fiber inspection|health quarantine > 检验 检疫 进出口 特种设备 纤维 卫生检疫 # 2-02-31 检验检疫工程技术人员
pharmaceutical engineer|pharmaceutical engineering|drug manufacturing|gmp|formulation development > 制药 药品 工艺 # 2-02-32 制药工程技术人员
printing engineer|printing technology|printing engineering > 印刷 复制 工程技术 # 2-02-33 印刷复制工程技术人员
industrial design|industrial designer|product design|product designer|product appearance|prototype|3d model|rendering|keyshot > 工业设计 产品 设计 外观 # 2-02-34 工业(产品)设计工程技术人员
prosthetics|prosthetist|prosthesis|prosthetic limb|orthotics|orthotist|orthosis|audiologist|audiology|hearing test > 假肢 矫形器 听力 康复辅具 # 2-02-35 康复辅具工程技术人员
paper making|papermaking|pulp and paper|leather chemistry|fermentation engineering|bioprocess|fermentation|daily chemicals|plastics engineering|plastic processing|injection moulding|injection molding|extrusion > 造纸 制浆 皮革 发酵 日用化工 塑料 加工 注塑 # 2-02-36 轻工工程技术人员
urban planning|urban planner|city planning|town planning|spatial planning|land consolidation|ecological restoration|land reclamation > 城乡规划 国土空间规划 土地整治 生态修复 # 2-02-37 国土空间规划与生态修复工程技术人员
artificial intelligence|machine learning|deep learning|neural network|computer vision|image recognition|speech recognition|natural language processing|nlp|pytorch|tensorflow|large language model|llm|cnn|transformer model|model training|train model|algorithm engineer|ai engineer > 人工智能 算法 深度学习 神经网络 图像识别 语言识别 模型 # 2-02-38-01 人工智能工程技术人员
internet of things|iot|smart home|sensor network|zigbee|lora|nb-iot > 物联网 传感器 网络 # 2-02-38-02 物联网工程技术人员
big data|hadoop|spark|hive|flink|data warehouse|data pipeline|etl|data platform|data engineer|data engineering > 大数据 数据 平台 处理 # 2-02-38-03 大数据工程技术人员
cloud computing|cloud|aws|azure|alibaba cloud|kubernetes|docker|container|virtualization|virtualisation > 云计算 云 虚拟化 平台 部署 # 2-02-38-04 云计算工程技术人员
smart manufacturing|intelligent manufacturing|industry 4.0|mes|digital factory > 智能制造 制造 # 2-02-38-05 智能制造工程技术人员
industrial internet|industrial iot|iiot|edge computing > 工业互联网 # 2-02-38-06 工业互联网工程技术人员
virtual reality|augmented reality|vr|ar|unity|unreal engine|metaverse > 虚拟现实 增强现实 三维 # 2-02-38-07 虚拟现实工程技术人员
blockchain|smart contract|smart contracts|ethereum|web3|solidity > 区块链 智能合约 # 2-02-38-08 区块链工程技术人员
integrated circuit|ic design|chip design|vlsi|verilog|eda|layout design|tape-out|tapeout|asic > 集成电路 芯片 设计 # 2-02-38-09 集成电路工程技术人员
robotics engineer|robot design|robotics|ros|robot arm > 机器人 工程技术 设计 # 2-02-38-10 机器人工程技术人员
additive manufacturing|3d printing|3d printer|fdm > 增材制造 三维 打印 # 2-02-38-11 增材制造工程技术人员
soil testing|soil fertility|fertilizer|fertiliser|fertilizer trial|soil sample|soil samples > 土壤 肥料 测试 # 2-03-01 土壤肥料技术人员
agricultural extension|extension work|extension officer|farm advisor|agronomist|agronomy|field trial|demonstration field > 农业 技术 指导 推广 # 2-03-02 农业技术指导人员
plant protection|pest forecasting|pest monitoring|plant disease|crop disease|integrated pest management|ipm > 植物保护 病虫害 防治 # 2-03-03 植物保护技术人员
horticulture|horticulturist|horticultural|greenhouse|orchard|fruit trees|vegetable growing|flower growing|floriculture > 园艺 蔬菜 花卉 温室 # 2-03-04 园艺技术人员
plant breeding|crop breeding|breeder|seed breeding|hybrid|variety trial|germplasm > 育种 作物 品种 栽培 遗传 # 2-03-05 作物遗传育种栽培技术人员
veterinarian|veterinary|vet|vet clinic|animal hospital|pet hospital|pet clinic|animal disease|vaccinate animals|neuter|spay > 兽医 动物 疫病 诊疗 宠物 # 2-03-06 兽医兽药技术人员
animal science|animal husbandry|livestock|breeding programme|breeding program|artificial insemination|feed formulation|feed ration|pasture|grassland|forage|grass > 畜牧 畜禽 饲料 繁育 品种 改良 草业 草原 # 2-03-07 畜牧与草业技术人员
aquaculture|fish farming|fish farm|fishery|fisheries|shrimp farming|prawn|fish pond > 水产 养殖 渔业 # 2-03-08 水产技术人员
agricultural engineering|farm machinery design|irrigation engineering|agricultural machinery > 农业工程 农业机械 灌溉 # 2-03-09 农业工程技术人员
pilot|airline pilot|co-pilot|copilot|first officer|flight engineer|navigator|cockpit crew|flying hours > 飞行 驾驶员 领航 机械员 # 2-04-01 飞行人员和领航人员
ship officer|deck officer|chief mate|second mate|third mate|marine engineer|engine room|ship's engineer|maritime pilot|harbour pilot|harbor pilot > 船舶 甲板 轮机 引航 驾驶 # 2-04-02 船舶指挥和引航人员
hospital|clinic|hospitals|clinics > 医院 医疗 卫生 # 2-05 卫生专业技术人员
doctor|physician|medical doctor|resident doctor|residency|intern doctor|medical intern|attending|outpatient|inpatient|ward round|ward rounds|diagnose|diagnosis|prescribe|prescription|medical history|physical examination|patient|patients > 医师 诊断 治疗 患者 病历 临床 # 2-05-01 临床和口腔医师
general practitioner|gp|family doctor|family medicine > 医师 # 2-05-01 临床和口腔医师
internal medicine|internist|cardiology|gastroenterology|respiratory medicine|nephrology|endocrinology > 内科 # 2-05-01-01 内科医师
surgeon|surgery|surgical|operation theatre|operating room|operating theatre|appendectomy|appendix|hernia|suture|stitches > 外科 手术 # 2-05-01-02 外科医师
pediatrics|paediatrics|pediatrician|paediatrician|children's hospital > 儿科 儿童 # 2-05-01-03 儿科医师
obstetrics|gynecology|gynaecology|obstetrician|gynecologist|gynaecologist|prenatal|antenatal|childbirth|delivery room > 妇产科 妇科 产科 # 2-05-01-04 妇产科医师
ophthalmology|ophthalmologist|eye doctor|eye hospital|cataract > 眼科 # 2-05-01-05 眼科医师
ent|otolaryngology|ear nose and throat > 耳鼻咽喉科 # 2-05-01-06 耳鼻咽喉科医师
dentist|dental|dentistry|tooth|teeth|orthodontics|root canal|dental clinic > 口腔科 口腔 牙 # 2-05-01-07 口腔科医师
dermatology|dermatologist|skin disease > 皮肤科 皮肤 # 2-05-01-08 皮肤科医师
psychiatry|psychiatrist|mental illness|depression|schizophrenia > 精神科 精神 # 2-05-01-09 精神科医师
infectious disease|infectious diseases|tuberculosis|hiv > 传染病科 传染病 # 2-05-01-10 传染病科医师
emergency department|emergency room|er doctor|emergency medicine > 急诊科 急诊 急救 # 2-05-01-11 急诊科医师
anaesthesia|anesthesia|anaesthetist|anesthesiologist|anesthetist > 麻醉科 麻醉 # 2-05-01-13 麻醉科医师
pathology|pathologist|biopsy|histology > 病理科 病理 # 2-05-01-14 病理科医师
radiology|radiologist|x-ray|xray|ct scan|mri|ultrasound|sonographer > 放射科 超声科 影像 # 2-05-01-15 放射科医师
oncology|oncologist|cancer|tumour|tumor|chemotherapy > 肿瘤科 肿瘤 # 2-05-01-18 肿瘤科医师
tcm|traditional chinese medicine|chinese medicine|herbal medicine|herbs|pulse diagnosis|tongue diagnosis|take the pulse|tongue > 中医 中药 诊断 # 2-05-02 中医医师
acupuncture|acupuncturist|needles|needling|acupoint|acupoints|moxibustion|cupping|meridian|meridians > 针灸 经络 腧穴 # 2-05-02-10 针灸医师
tuina|chinese massage therapy|bone setting|bonesetting > 推拿 骨伤科 # 2-05-02-11 中医推拿医师
integrated chinese and western medicine|integrative medicine|integrated medicine > 中西医结合 # 2-05-03 中西医结合医师
public health|disease control|cdc|epidemic|outbreak|health education|vaccination campaign|immunization|immunisation > 公共卫生 疾病 预防 控制 健康教育 # 2-05-05 公共卫生与健康医师
pharmacist|pharmacy|dispense|dispensing|prescription review|drug interaction|drug interactions|dose|dosage|iv drugs|iv mixing|compounding|adverse drug reaction|side effects|medication counselling|medication counseling|medicine|medicines > 药师 药品 调剂 处方 用药 药学 # 2-05-06-01 药师
chinese herbal pharmacy|herbal pharmacist > 中药师 中药 # 2-05-06-02 中药师
radiographer|imaging technician|ct technician|mri technician > 影像技师 影像 # 2-05-07-01 影像技师
dental technician|dental lab|denture|dentures|crown and bridge > 口腔医学技师 义齿 口腔修复体 # 2-05-07-02 口腔医学技师
lab technician|medical laboratory|clinical laboratory|blood test|blood tests|urine test|specimen|specimens|hematology|haematology|biochemistry analyzer > 临床检验 检验 标本 血液 # 2-05-07-04 临床检验技师
blood bank|blood transfusion|transfusion > 输血 血液 # 2-05-07-07 输血技师
clinical nutrition|dietitian|dietician|nutritionist|diet plan > 营养 膳食 # 2-05-07-08 临床营养技师
ecg|ekg|electrocardiogram > 心电 # 2-05-07-11 心电学技师
eeg|electroencephalogram > 脑电图 神经电生理 # 2-05-07-12 神经电生理脑电图技师
physiotherapist|physiotherapy|physical therapist|physical therapy|rehabilitation|rehab|occupational therapy|occupational therapist|speech therapy|speech therapist > 康复 训练 治疗 # 2-05-07-13 康复技师
medical records|health records|medical coding|icd coding > 病案 信息 # 2-05-07-15 病案信息技师
nurse|nursing|registered nurse|rn|iv drip|injection|injections|take blood|draw blood|vital signs|wound care|dressing change|patient care|ward nurse > 护士 护理 患者 注射 # 2-05-08 护理人员
community nurse|community health > 社区护士 社区 # 2-05-08-05 社区护士
midwife|midwifery|labour ward|labor ward|deliver babies|newborn|newborns > 助产士 分娩 新生儿 # 2-05-08-06 助产士
village doctor|rural doctor|barefoot doctor > 乡村医生 # 2-05-09 乡村医生
blind massage|blind masseur > 盲人医疗按摩 # 2-05-10 盲人医疗按摩人员
economic planning|economic analysis|price analysis|pricing analyst|cooperative economy > 经济 规划 价格 合作经济 # 2-06-01 经济专业人员
statistician|statistics|statistical analysis|census|survey data|sampling survey > 统计 调查 数据 # 2-06-02 统计专业人员
accountant|accounting|bookkeeping|bookkeeper|ledger|journal entries|financial statements|balance sheet|accounts payable|accounts receivable|reconciliation|invoice|invoices|payroll|cpa|acca|general ledger|month-end close|cost accounting > 会计 账务 核算 财务 报表 凭证 成本 # 2-06-03 会计专业人员
auditor|audit|auditing|internal audit|external audit|audit working papers > 审计 财务 检查 # 2-06-04 审计专业人员
tax|taxes|tax filing|tax return|tax advisor|tax consultant|vat > 税务 纳税 涉税 申报 # 2-06-05 涉税服务专业人员
asset appraisal|valuation|appraiser|property valuation|real estate appraisal > 资产评估 估价 评估 # 2-06-06 资产和资源评估专业人员
international trade|foreign trade|import and export|export sales|trade specialist > 国际商务 贸易 进出口 # 2-06-07-01 国际商务专业人员
marketing|marketer|market research|marketing plan|marketing campaign|campaign|go-to-market|competitor analysis|customer research|focus group > 市场营销 市场 营销 调查 策划 # 2-06-07-02 市场营销专业人员
business planning|business plan|proposal|business event|evaluation report|commercial planning > 商务 策划 方案 活动 创意 评估 # 2-06-07-03 商务策划专业人员
brand|branding|brand manager|brand strategy|brand building > 品牌 # 2-06-07-04 品牌专业人员
exhibition|trade show|trade fair|expo|conference planning|event planner|event planning > 会展 展览 策划 # 2-06-07-05 会展策划专业人员
medical representative|pharma sales|pharmaceutical sales|drug rep > 医药代表 药品 推广 # 2-06-07-07 医药代表
management consultant|management consulting|consulting|consultancy|consultant|strategy consulting > 管理咨询 咨询 # 2-06-07-08 管理咨询专业人员
auction|auctioneer > 拍卖 # 2-06-07-09 拍卖师
customs broker|customs declaration|customs clearance|customs > 报关 海关 # 2-06-07-12 报关人员
compliance|compliance officer|regulatory compliance > 合规 # 2-06-07-14 企业合规师
human resources|hr|recruitment|recruiter|recruiting|hiring|talent acquisition|onboarding|performance review|performance management|compensation and benefits|employee relations|labor contract|labour contract|headhunter|interview candidates|job fair > 人力资源 招聘 员工 绩效 薪酬 管理 # 2-06-08 人力资源专业人员
banking|bank|banker|treasury|clearing|credit review|credit analysis|loan approval|corporate finance|international settlement > 银行 金融 清算 信贷 审核 # 2-06-09 银行专业人员
actuary|actuarial|underwriting|underwriter|claims adjuster|claims|insurance claim|insurance claims > 精算 核保 理赔 保险 # 2-06-10 保险专业人员
securities|stock|stocks|equity research|investment analyst|investment research|portfolio|fund manager|fund|funds|futures|trading|trader|brokerage|ipo|underwriting shares|gold trading > 证券 投资 基金 期货 交易 金融 # 2-06-11 证券期货基金专业人员
patent|patents|patent attorney|patent agent|trademark|trademarks|copyright|intellectual property|ip law > 专利 商标 版权 知识产权 # 2-06-12 知识产权专业人员
medical insurance|social insurance|health insurance reimbursement > 医保 社会保险 # 2-06-13 社会保险专业人员
fintech|financial technology|payment system|mobile payment > 金融科技 金融 # 2-06-14 金融科技专业人员
judge|court|courtroom|verdict|judgment|judgement > 法官 审判 法院 # 2-07-02 法官
prosecutor|procuratorate|prosecution > 检察官 检察 # 2-07-03 检察官
lawyer|attorney|law firm|litigation|legal counsel|legal advice|contract review|draft contracts|paralegal|lawsuit|legal|law > 律师 法律 诉讼 合同 # 2-07-04 律师
notary|notarization|notarisation > 公证 # 2-07-05 公证员
forensic|forensics|forensic scientist|autopsy|crime scene > 法医 物证 鉴定 司法鉴定 # 2-07-06 司法鉴定人员
court clerk|judge's assistant|judicial assistant > 审判辅助 # 2-07-07 审判辅助人员
in-house counsel|corporate lawyer|legal department|legal adviser|legal advisor > 法律顾问 法律 # 2-07-09 法律顾问
priest|monk|imam|pastor|temple|church|mosque > 宗教 教职 # 2-07-10 宗教教职人员
social worker|social work|casework|case management|community worker|volunteer|volunteering|ngo worker > 社会工作 社会 服务 社区 # 2-07-11-01 社会工作者
counselor|counsellor|counseling|counselling|psychological counseling|psychological counselling|therapy session|therapist|cbt > 心理咨询 心理 咨询 辅导 # 2-07-11-03 心理咨询师
lecturer|professor|university teacher|college teacher|teaching assistant|vocational college|higher vocational > 高等学校 教师 教学 # 2-08-01 高等学校教师
teacher|teaching|teach|lesson|lessons|lesson plan|lesson planning|prepare lessons|classroom|mark homework|homework|grade tests|homeroom teacher|class teacher|head teacher|pupils|tutor|tutoring|teacher qualification|teaching certificate > 教师 教学 备课 授课 作业 考试 学生 班主任 辅导 # 2-08-02 中小学教师
high school|senior high|senior high school|gaokao > 高级中学 教师 # 2-08-02-01 高级中学教师
vocational school|technical school|secondary vocational > 中等职业学校 职业 # 2-08-02-02 中等职业学校教师
middle school|junior high|junior high school|junior secondary|grade 7|grade 8|grade 9|zhongkao > 初级中学 # 2-08-02-03 初级中学教师
primary school|elementary school|grade 1|grade 2|grade 3|grade 4|grade 5|grade 6 > 小学 # 2-08-02-04 小学教师
kindergarten|preschool|pre-school|nursery school|kindergarten teacher|preschool teacher > 幼儿园 幼儿 教师 # 2-08-03 幼儿园教师
special education|special needs|autism|autistic|deaf children|sign language|braille|hearing impaired > 特殊教育 残疾 手语 # 2-08-04 特殊教育教师
writer|novelist|novel|author|screenwriter|screenplay|script|scriptwriter|playwright|composer|songwriter|lyricist|lyrics|film director|director|choreographer|choreography|stage design|set design > 作家 剧作家 作曲家 词作家 导演 舞蹈编导 舞美设计 创作 剧本 # 2-09-01 文艺创作与编导人员
musician|rehearse|rehearsal|rehearsals > 演奏 排练 表演 # 2-09-02 音乐指挥与演员
conductor|orchestra > 指挥 音乐 # 2-09-02-01 音乐指挥
actor|actress|acting > 演员 表演 # 2-09-02-02 电影电视演员
opera|peking opera|drama troupe > 戏剧 戏曲 # 2-09-02-03 戏剧戏曲演员
dancer|dancing|ballet > 舞蹈 # 2-09-02-04 舞蹈演员
crosstalk|comedian|storytelling performer > 曲艺 # 2-09-02-05 曲艺演员
acrobat|acrobatics|acrobatic|circus|juggling|juggler|magician|magic tricks|magic|contortion|contortionist|plate spinning|tightrope|trapeze|stunt > 杂技 魔术 表演 技巧 # 2-09-02-06 杂技魔术演员
singer|singing|vocalist > 歌唱 演唱 # 2-09-02-07 歌唱演员
puppet|puppetry|shadow play|shadow puppets > 皮影戏 木偶戏 # 2-09-02-08 皮影戏木偶戏演员
erhu|guzheng|pipa|dizi > 民族乐器 演奏 # 2-09-02-09 民族乐器演奏员
piano|violin|guitar|cello|drums|saxophone > 外国乐器 演奏 # 2-09-02-10 外国乐器演奏员
producer|film producer|tv producer|film production|shooting schedule|film crew|script supervisor|continuity|cinematographer|camera operator|director of photography|film distribution|video editor|film editor|editing|editor|tv director > 制片人 摄制 影视 拍摄 场记 摄影师 发行 导播 剪辑 # 2-09-03 电影电视制作专业人员
stage lighting|lighting designer|sound engineer|stage manager|stage props|props|makeup artist|stage makeup|costume designer|theatre production|theater production > 灯光 音像 化妆 道具 服装 演出 舞台 # 2-09-04 舞台专业人员
painter|painting|oil painting|artist|calligraphy|calligrapher|seal carving|sculptor|sculpture|fine art|fine arts|art photography > 画家 绘画 书法 篆刻 雕塑 摄影 美术 # 2-09-05 美术专业人员
graphic design|graphic designer|visual design|visual communication|poster|posters|logo|brand identity > 视觉传达 设计 # 2-09-06-01 视觉传达设计人员
fashion design|fashion designer|clothing design > 服装设计 # 2-09-06-02 服装设计人员
animation|animator|2d animation|3d animation|character design > 动画 设计 # 2-09-06-03 动画设计人员
interior design|environment design|space design > 环境设计 # 2-09-06-04 环境设计人员
textile design > 染织 艺术 设计 # 2-09-06-05 染织艺术设计人员
arts and crafts|crafts|handicraft|handicrafts|paper-cut|papercut|folk art|souvenir|souvenirs > 工艺美术 # 2-09-06-06 工艺美术专业人员
digital media art|digital art|motion graphics > 数字媒体 艺术 # 2-09-06-07 数字媒体艺术专业人员
public art|sculpture installation > 公共艺术 # 2-09-06-08 公共艺术专业人员
exhibition design|display design|window display > 陈列 展览 设计 # 2-09-06-09 陈列展览设计人员
coach|coaching|referee|umpire|athlete|sportsman|sportswoman|professional player|athletic trainer|sports injury|sports manager|sports agent > 教练员 裁判员 运动员 运动防护 体育 训练 比赛 # 2-09-07 体育专业人员
journalist|reporter|news|newsroom|photojournalist|news photographer|press photographer > 记者 新闻 采访 报道 # 2-10-01 记者
copy editor|editor|editing manuscripts|manuscript|proofread|proofreading|proofreader|publishing|publisher|digital publishing|online editor|web editor > 编辑 出版 稿件 校对 # 2-10-02 编辑
announcer|news anchor|presenter|tv host|radio host|mc|emcee|broadcasting > 播音员 主持人 节目 播音 # 2-10-04 播音员及节目主持人
translator|translation|translate|interpreter|interpreting|simultaneous interpretation|localization|localisation|subtitles|subtitling > 翻译 外语 # 2-10-05 翻译人员
librarian|library|cataloguing|cataloging|information retrieval|microfilm > 图书 文献 信息 缩微 # 2-10-06 图书资料与微缩摄影专业人员
archivist|archives|archive|records management|filing records > 档案 # 2-10-07 档案专业人员
archaeologist|archaeology|excavation|excavate|cultural relics|relics|artifact|artifacts|artefact|artefacts|museum collection|conservation of relics|restoration of relics|heritage > 考古 文物 发掘 藏品 保护 修复 # 2-10-08 考古及文物保护专业人员
government office|civil service|administrative clerk|administrative assistant|office clerk|government service center|government service centre|service hall > 行政 办事员 政务服务 事务 # 3-01-01 行政业务办理人员
receptionist|front desk > 接待 # 3-01-02 行政事务处理人员
secretary|personal assistant|executive assistant|meeting minutes|take minutes|schedule meetings|office administration > 秘书 会议 文件 # 3-01-02-02 秘书
public relations|pr|press release|media relations > 公关 # 3-01-02-03 公关员
public relations|pr|press release|media relations > 公关 # 3-01-02-03 公关员
mail room|mailroom|post room|incoming mail|letters|parcels|newspapers > 收发 信函 报刊 # 3-01-02-04 收发员
typist|typing > 打字 # 3-01-02-05 打字员
stenographer|shorthand > 速录 # 3-01-02-06 速录师
draftsman|draughtsman|drafter|cad drafting > 制图 # 3-01-02-07 制图员
logistics support|office supplies|canteen management|dormitory management > 后勤 # 3-01-02-08 后勤管理员
law enforcement officer|city inspector|urban management|chengguan|arbitration|arbitrator|labour dispute|labor dispute > 行政执法 仲裁 争议 # 3-01-03 行政执法及仲裁人员
community worker|community office|residents|grid worker|grid management|neighbourhood|neighborhood|village affairs|veterans affairs|social security office > 社区 村务 网格员 劳动保障 退役军人 # 3-01-04 社区和村镇工作人员
police|police officer|policeman|policewoman|police station|patrol officer|traffic police|auxiliary police > 警察 辅警 警务 治安 # 3-02-01 人民警察
firefighter|firefighting|fire brigade|fire station|fire fighting|fire rescue|fire engine|fire hose|fire drill|fire inspection|fire safety|forest fire|emergency rescue|rescue team|search and rescue > 消防 消防员 灭火 救援 应急救援 火灾 # 3-02-03 消防和应急救援人员
mediator|mediation|dispute resolution > 调解 # 3-03-01 仲裁、调解及辅助人员
purchasing|purchaser|buyer|procurement|sourcing|supplier|suppliers|vendor|vendors|purchase order|purchase orders > 采购 供应商 # 4-01-01 购销服务人员
salesperson|sales|sales rep|sales representative|salesman|saleswoman|selling|sell|cold call|cold calling|close deals|shop assistant|store clerk|retail|retail store|shop floor sales|cashier|checkout|stall|street vendor|market stall|chain store|franchise|store manager > 销售 营销员 营业员 收银 摊商 连锁经营 商品 顾客 # 4-01-02 销售人员
broker|agent|middleman|commodity trading|grain trading|used car|second-hand car|secondhand car|used car dealer > 经纪人 农产品 二手车 交易 # 4-01-03 贸易经纪代理人员
scrap|scrap collection|waste collector|recycling station|recyclables|scrap metal|cardboard recycling > 再生物资 回收 挑选 # 4-01-04 再生物资回收人员
bookstore|book distribution|tobacco|cigarette|cigarettes|drugstore sales|medicine sales|farm produce > 出版物 烟草 医药商品 农产品 购销 # 4-01-05 特殊商品购销人员
e-commerce|ecommerce|online store|online shop|taobao|tmall|jd.com|pinduoduo|amazon store|shopify|live streaming|livestream|livestreaming|live stream|streamer|influencer|douyin|tiktok|kuaishou|xiaohongshu|short video|short videos|followers|product listing|listings > 电子商务 互联网营销 直播 营销 平台 # 4-01-06 电子商务服务人员
train driver|metro driver|subway driver|train conductor|train attendant|railway station|train station|railway|railroad|high-speed rail|high speed rail|bullet train|metro|subway|urban rail|light rail|dispatcher|train dispatcher > 轨道交通 铁路 列车 乘务员 车站 客运 调度 # 4-02-01 轨道交通运输服务人员
metro station|subway station|metro staff|subway staff > 城市轨道交通 车站 服务员 # 4-02-01-07 城市轨道交通服务员
driving licence|driving license|driver's license|driver's licence|c1 licence|c1 license|a2 licence > 驾驶 # 4-02-02 道路运输服务人员
bus driver|coach driver|taxi driver > 客运车辆 驾驶员 # 4-02-02-01 客运车辆驾驶员
truck driver|lorry driver|van driver|trucker|long-haul|freight|haulage > 道路货运 汽车 驾驶员 # 4-02-02-02 道路货运汽车驾驶员
toll station|toll booth > 公路收费 # 4-02-02-06 公路收费及监控员
driving instructor|driving school > 机动车驾驶教练员 # 4-02-02-07 机动车驾驶教练员
gas station|petrol station|filling station|charging station > 油气电站 加油 # 4-02-02-08 油气电站操作员
roadside assistance|tow truck > 汽车救援 # 4-02-02-09 汽车救援员
ferry|ferry terminal|passenger ship|boat captain|boat driver|lifeguard|port passenger|cruise ship > 船舶 港口 客运 水上 救生员 # 4-02-03 水上运输服务人员
flight attendant|cabin crew|stewardess|steward|air hostess|ground staff|check-in counter|check in counter|boarding gate|airport|apron|ramp agent|air marshal|in-flight security|aviation security|drone pilot|drone operator|drone|drones|uav > 民航 乘务员 机场 地面服务 航空 安全员 无人机 # 4-02-04 航空运输服务人员
porter|loading|unloading|load trucks|unload trucks|stevedore|ticket office|ticket seller|freight forwarder|freight forwarding|forwarder|dangerous goods|hazardous goods > 装卸 搬运 售票 货运代理 危险货物 # 4-02-05 装卸搬运和运输代理服务人员
warehouse|warehousing|storekeeper|inventory|stock count|stocktaking|pick and pack|order picking|inbound|outbound|wms|cold storage|cold chain|freezer|logistics|supply chain|tally clerk|tally|tallying > 仓储 仓库 库存 出入库 理货 物流 冷藏 供应链 货物 # 4-02-06 仓储物流服务人员
post office|postal|postman|mail carrier|mail sorting|courier|express delivery|parcel delivery|delivery man|sf express|jd logistics|cainiao|parcel locker|sorting center|sorting centre > 邮政 邮件 快递 快件 投递 分拣 # 4-02-07 邮政和快递服务人员
hotel|front office|reception desk|check in guests|concierge|housekeeping|room attendant|hostel|guesthouse|guest house|inn|b&b|homestay|motel > 前厅 客房 旅店 住宿 服务员 宾客 # 4-03-01 住宿服务人员
barista|coffee|coffee shop|cafe|latte|espresso|bubble tea|milk tea|tea shop|tea ceremony|bartender|bartending|cocktail|cocktails|sommelier|wine > 咖啡 茶艺 调酒 调饮 饮品 侍酒 # 4-03-02 餐饮服务人员
waiter|waitress|waiting tables|serve tables|restaurant|server in a restaurant|take orders|catering|banquet|buffet|dining > 餐厅 服务员 宴会 餐饮 # 4-03-02-05 餐厅服务员
food safety|haccp|food hygiene|nutrition catering|meal planning > 食品安全 营养配餐 # 4-03-02-11 食品安全管理师
telecom shop|mobile phone shop|china mobile|china unicom|china telecom|sim card|phone plan|broadband|broadband installation > 信息通信 营业员 业务 宽带 # 4-04-01 信息通信业务人员
network maintenance|cable splicing|fiber splicing|fibre splicing|telecom tower|line technician|network technician > 信息通信网络 线务员 机务员 维护 # 4-04-02 信息通信网络维护人员
tv antenna|satellite dish|cable tv > 广播电视 天线 # 4-04-03 广播电视传输服务人员
network operations|noc|network security|it support|helpdesk|help desk|desktop support|it administrator|it admin|security testing|digital transformation|solution architect|cryptography|encryption > 网络 信息安全 运行 管理 信息化 测试 数字化 解决方案 密码 # 4-04-04 信息通信网络运行管理人员
coder|junior programmer > 程序 设计 # 4-04-05-01 计算机程序设计员
software tester|qa|quality assurance|test cases|test case|bug|bugs|automated testing|selenium > 软件 测试 # 4-04-05-02 计算机软件测试员
call center|call centre|customer hotline|hotline > 呼叫中心 # 4-04-05-03 呼叫中心服务员
dba|database administrator|database|databases|mysql|oracle|postgresql|sql server|mongodb|redis|backup|backups|replication|disaster recovery > 数据库 备份 # 4-04-05-04 数据库运行管理员
data annotation|data labeling|data labelling|labeling|annotation|ai trainer > 人工智能 训练 标注 # 4-04-05-05 人工智能训练师
service robot|service robots > 服务机器人 # 4-04-05-07 服务机器人应用技术员
digital forensics|electronic evidence > 电子数据 取证 # 4-04-05-08 电子数据取证分析师
bank teller|teller|bank counter|loan officer|credit card|credit cards|bank account|account opening|wealth management|financial advisor|financial adviser > 银行 柜员 信贷 信用卡 客户 理财 # 4-05-01 银行服务人员
securities company|stock broker|stockbroker|brokerage account > 证券 期货 服务 # 4-05-02 证券期货服务人员
insurance|insurance agent|insurance broker|insurance sales|policyholder|loss adjuster > 保险 代理 经纪 公估 保全 # 4-05-03 保险服务人员
pawnshop|pawn shop|pawnbroker|pawn > 典当 鉴定 估价 # 4-05-04 典当服务人员
trust company|asset management|asset manager > 信托 资产管理 # 4-05-05 信托和资产管理服务人员
property management|property manager|property management company|residential compound|homeowners|parking lot|car park|parking attendant|building management system|central air conditioning|smart building > 物业 管理 停车 楼宇 中央空调 # 4-06-01 物业管理服务人员
real estate|real estate agent|estate agent|realtor|property agent|house viewing|viewings|house rental|apartment rental|housing sales|home inspection|house inspection|new home inspection > 房地产 经纪 房屋 租赁 验房 # 4-06-02 房地产开发与交易服务人员
leasing|equipment rental|car rental > 租赁 # 4-07-01 租赁和拍卖业务人员
risk management|risk control|credit management|customer service|customer support|customer complaints|after-sales|after sales|technology consulting|business data analysis|business analytics|sales data|e-commerce data > 风险管理 信用管理 客户 服务 科技咨询 商务数据 分析 # 4-07-02 商务咨询服务人员
career guidance|career counselling|career counseling|career advisor|career adviser|labor relations|labour relations|entrepreneurship training|startup mentor|hr generalist|vocational training|corporate trainer|training courses|labour dispatch|labor dispatch|staffing agency|temp agency|outsourcing staff > 职业指导 劳动关系 创业指导 人力资源 职业培训 劳务派遣 招聘 # 4-07-03 人力资源服务人员
tour guide|tour group|tour leader|itinerary|tourists|tourist|sightseeing|tourism > 导游 旅游 游客 讲解 行程 # 4-07-04-01 导游
travel agency|travel agent|tour operator > 旅行社 计调 # 4-07-04-03 旅行社计调
theme park|amusement park|museum|zoo|park ticket|tickets|ticket checking|check tickets|sell tickets|visitor|visitors|amusement ride|amusement rides > 公共游览场所 游乐 售票 检票 游览 # 4-07-04-05 公共游览场所服务员
farm stay|agritourism|pick-your-own > 休闲农业 # 4-07-04-06 休闲农业服务员
scenic area|scenic spot|scenic areas > 景区 # 4-07-04-07 景区运营管理师
security guard|security officer|guard|patrol|patrolling|cctv|surveillance|security check|security screening|x-ray machine|metal detector|fire alarm|sprinkler|fire control room|alarm system|access control > 保安 安检 巡逻 监控 消防设施 安全防范 # 4-07-05 安全保护服务人员
loss prevention|shoplifting|market supervision|market management|market administrator > 防损 市场管理 监督 # 4-07-06 市场管理服务人员
exhibition services|booth|booth setup|stand building|decoration artist|catwalk|runway|fashion model > 会展 展台 装饰 模特 # 4-07-07 会议及展览服务人员
weather observation|weather station|weather briefing|pilots|aviation weather|airport weather|meteorological office|visibility|thunderstorm|thunderstorms|fog|crosswind|radar images|hail suppression|cloud seeding > 航空 气象 观测 预报 预警 机场 人工影响天气 # 4-08-01 气象服务人员
ocean observation|buoy|buoys|tide|tides|wave height|marine biology survey|marine life > 海洋 水文 浮标 调查 生物 # 4-08-02 海洋服务人员
gnss receiver|geodetic survey > 大地测量 # 4-08-03-01 大地测量员
aerotriangulation|orthophoto|orthophotos|dem|dtm|stereo plotting|aerial photos|aerial photography|aerial survey > 摄影测量 航空 影像 测图 # 4-08-03-02 摄影测量员
satellite images|satellite imagery > 遥感 影像 # 4-08-03-02 摄影测量员
map drawing > 地图 绘制 # 4-08-03-03 地图绘制员
ground control point|ground control points|setting out|stake out|engineering survey|construction survey > 控制点 工程测量 测量 # 4-08-03-04 工程测量员
cadastral|land registration > 不动产 测绘 # 4-08-03-05 不动产测绘员
hydrographic|sonar|depth sounding > 海洋测绘 # 4-08-03-06 海洋测绘员
drone survey|drone mapping > 无人机 测绘 # 4-08-03-07 无人机测绘操控员
gis data|geographic data|map data|data collection|street view|poi data > 地理信息 采集 处理 # 4-08-04 地理信息服务人员
food testing|food inspector|food inspection|testing lab|test lab|testing laboratory|quality testing|inspection report|gemstone testing|jewellery testing|jewelry testing|vehicle inspection|car inspection|emissions test|metrology technician|calibrate|calibration lab|electrical safety test|material testing|concrete testing|cube test|construction materials testing > 检验 检测 食品 农产品 机动车 计量 电子电气产品 工程试验 建设工程质量 # 4-08-05 检验、检测和计量服务人员
environmental monitoring technician|water sampling|air sampling|air quality|water quality|monitoring station|noise monitoring > 环境 监测 采样 水质 # 4-08-06 环境监测服务人员
drilling crew|exploration drilling|geophysical survey|geophysical prospecting|geological sampling|rock samples|mapping outcrops > 地勘 钻探 物探 地质 调查 实验 # 4-08-07 地质勘查人员
floral design|florist|flower arrangement|flower arranging|bouquets > 花艺 # 4-08-08-01 花艺环境设计师
fabric design|textile pattern design > 纺织面料 设计 # 4-08-08-02 纺织面料设计师
home textiles|bedding design > 家用纺织品 # 4-08-08-03 家用纺织品设计师
color matching|colour matching|colour consultant|color consultant > 色彩搭配 # 4-08-08-04 色彩搭配师
interior designer|interior decoration|home decoration > 室内装饰 设计 # 4-08-08-07 室内装饰设计师
advertising design|advertisement design|ad design > 广告 设计 # 4-08-08-08 广告设计师
packaging design|package design > 包装 设计 # 4-08-08-09 包装设计师
toy design > 玩具 设计 # 4-08-08-10 玩具设计师
jewelry design|jewellery design > 首饰 设计 # 4-08-08-11 首饰设计师
furniture design > 家具 设计 # 4-08-08-12 家具设计师
photographer|photography|photo studio|product photos|product photography|commercial photography|wedding photos|wedding photography|portraits|portrait|lightroom|photoshop|retouching|photo printing|darkroom|film developing > 摄影 拍摄 冲印 照片 影像 # 4-08-09 摄影扩印服务人员
ceramics technician|chemical plant technician|process technician|production technician > 陶瓷 工艺 化工 生产 现场 技术员 # 4-08-10 生产现场技术工艺人员
river embankment|dike|dyke|sluice|sluice gate|spillway|dam monitoring|canal maintenance > 河道 堤防 水工 闸门 监测 维修 # 4-09-01 水利设施管理养护人员
hydrological survey|stream gauging|water level|flow measurement|rain gauge > 水文 勘测 水位 流量 # 4-09-02 水文服务人员
soil erosion|soil and water conservation > 水土保持 # 4-09-03 水土保持人员
irrigation|irrigation district|irrigation canal|drainage ditch|canals > 灌区 灌溉 排水 # 4-09-04 农田灌排人员
ranger|park ranger|forest ranger|nature reserve patrol|grassland monitoring|wildlife protection|animal keeper|zookeeper|zoo keeper|taxidermy > 自然保护区 巡护 草地 野生动物 保护 标本 动物 保育 # 4-09-05 自然保护区和草地监护人员
sewage|sewage treatment|wastewater|waste water|wastewater treatment|water treatment plant|sludge > 污水 处理 # 4-09-07-01 污水处理工
solid waste|industrial waste > 工业固体废物 # 4-09-07-02 工业固体废物处理处置工
hazardous waste|medical waste > 危险废物 # 4-09-07-03 危险废物处理工
carbon trading|carbon credits|carbon emissions management > 碳排放 # 4-09-07-04 碳排放管理员
carbon sink > 碳汇 # 4-09-07-05 碳汇计量评估师
building energy efficiency|energy audit > 建筑 节能 减排 # 4-09-07-06 建筑节能减排咨询师
cleaner|cleaning|janitor|sweeping|mopping|street sweeper|sanitation worker|garbage|garbage truck|rubbish|trash|refuse collection|waste sorting|garbage sorting|landfill|incinerator|incineration|compost|composting > 保洁 清洁 生活垃圾 清运 处理 垃圾 分类 # 4-09-08 环境卫生服务人员
pest control|exterminator|termite|termites|rodent control|fumigation|disinfestation > 有害生物 防制 消杀 # 4-09-09 有害生物防制人员
gardener|gardening|landscaping|landscaper|lawn|lawns|mowing|mow|pruning|prune|trimming hedges|hedge|hedges|bonsai|rockery|flower beds|flowerbed|ikebana > 园林 绿化 草坪 园艺 盆景 假山 插花 花艺 修剪 养护 # 4-09-10 绿化与园艺服务人员
nanny|babysitter|babysitting|childcare|child care|daycare|day care|infant|infants|toddler|toddlers|baby|babies|orphanage|orphans|elderly care|elder care|care home|nursing home|aged care|caregiver|care worker|old people|seniors|elderly|housekeeper|domestic helper|domestic worker|maid|household chores|housework|cleaning homes > 婴幼儿 保育 孤残儿童 养老 护理 老年人 照料 家政 家务 # 4-10-01 生活照料服务人员
tailor|tailoring|alterations|alter clothes|dry cleaning|dry cleaner|laundry|laundromat|washing clothes|dyeing clothes|leather care|shoe care|invisible mending|darning > 裁缝 洗衣 染色 皮革护理 织补 服装 # 4-10-02 服装裁剪和洗染织补人员
beautician|beauty salon|facial|facials|skincare|skin care > 美容 皮肤 护理 # 4-10-03-01 美容师
hairdresser|hairdressing|hair salon|barber|barbershop|haircut|haircuts|cut hair|hair colouring|hair coloring|dye hair|perm|perms|updo|updos|hairstyle|hairstyles|blow dry|shampoo|scalp|scalp care|shave|shaving > 美发 发型 理发 烫发 染发 头皮 # 4-10-03-02 美发师
nail salon|manicure|manicurist|nail art > 美甲 # 4-10-03-03 美甲师
bathhouse|sauna|spa|bath attendant > 浴池 # 4-10-03-04 浴池服务员
pedicure|foot care|chiropody|corns > 修脚 # 4-10-03-05 修脚师
massage|massage therapist|masseur|masseuse|foot massage|reflexology|aromatherapy|aromatherapist|wellness therapy|health care therapy > 保健 按摩 足部 芳香 调理 # 4-10-04 保健服务人员
matchmaker|matchmaking|dating agency|wedding planner|wedding planning|wedding|weddings|marriage counselling|marriage counseling|family counselling|family counseling > 婚介 婚礼 策划 婚姻家庭 咨询 # 4-10-05 婚姻服务人员
funeral|funeral home|funeral director|mortician|embalming|embalmer|cremation|crematorium|cemetery > 殡仪 遗体 火化 公墓 # 4-10-06 殡葬服务人员
pet|pets|pet groomer|pet grooming|dog grooming|dog groomer|dog trainer|dog training|pet trainer|pet care|pet sitter|dog walker|pet shop|cat|cats|dog|dogs|puppy|puppies > 宠物 美容 驯导 健康护理 犬 # 4-10-07 宠物服务人员
food delivery|delivery rider|rider|meituan|ele.me|eleme|takeout|takeaway|designated driver|chauffeur > 网约配送 配送 代驾 # 4-10-08 社区生活服务人员
electricity customer service|power bill|electricity bill|electricity trading|power trading|integrated energy > 供电 服务 电力交易 综合能源 # 4-11-01 电力供应服务人员
gas company|gas meter|lpg|gas cylinder|gas cylinders|gas supply service > 燃气 供应 # 4-11-02 燃气供应服务人员
water company|water meter|water bill|water supply|rural water supply|tap water > 水供应 供水 # 4-11-03 水供应服务人员
car mechanic|mechanic|auto mechanic|car repair|auto repair|car maintenance|oil change|tyre|tyres|tire|tires|brake pads|engine repair|car service|garage|4s store|4s dealership|motorcycle|motorbike|scooter repair|battery pack|ev battery|battery maintenance > 汽车 维修 保养 摩托车 电池 故障 # 4-12-01 汽车摩托车修理技术服务人员
computer repair|fix computers|laptop repair|pc repair|printer repair|copier|photocopier|office equipment|phone repair|mobile phone repair|screen replacement > 计算机 维修 办公设备 打印机 复印机 终端 手机 # 4-12-02 计算机和办公设备维修人员
appliance repair|home appliances|household appliances|washing machine|washing machines|fridge|refrigerator|air conditioner|air conditioners|aircon|microwave|tv repair|television repair > 家用电器 维修 洗衣机 电冰箱 空调器 家用电子产品 # 4-12-03 家用电子电器产品维修人员
bicycle repair|bike repair|e-bike repair|shoe repair|cobbler|watch repair|watchmaker|locksmith|locks|gas stove|water heater|camera repair > 自行车 电动自行车 修鞋 钟表 锁具 燃气具 照相器材 维修 # 4-12-04 日用产品修理服务人员
instrument repair|piano tuner|piano tuning|tune pianos|guitar repair|violin repair > 乐器 维修 钢琴 调律 # 4-12-05 乐器维修人员
seal making|stamp making|rubber stamp|carve seals > 印章 制作 # 4-12-06 印章制作人员
cultural activities|community culture|square dance > 群众文化 # 4-13-01-01 群众文化指导员
etiquette|ceremony host > 礼仪 主持 # 4-13-01-02 礼仪主持人
docent|museum guide|exhibition guide > 讲解员 讲解 # 4-13-01-03 讲解员
cultural agent|artist management > 文化经纪 # 4-13-01-04 文化经纪人
new media|social media|content operations|social media operations|community management|wechat official account > 全媒体 运营 # 4-13-01-05 全媒体运营师
digital archives|digitization|digitisation|scanning documents|scan files|metadata > 档案 数字化 元数据 # 4-13-01-06 档案数字化管理师
library assistant > 图书馆 # 4-13-01-07 图书馆服务员
sign language interpreter|sign language > 手语 # 4-13-01-08 手语翻译
set building|set construction|props maker > 影视 置景 # 4-13-02-01 影视置景制作员
animation production|in-betweening|inbetweening > 动画 制作 # 4-13-02-02 动画制作员
pyrotechnics|special effects > 烟火 特效 # 4-13-02-03 影视烟火特效员
film projection|projectionist > 放映 # 4-13-02-05 电影放映员
sound mixing|audio engineer > 音响 调音 # 4-13-02-06 音响调音员
lighting technician|gaffer > 照明 # 4-13-02-07 照明工
wardrobe|costumes|costume|costume department > 影视 服装 # 4-13-02-08 影视服装员
cameraman|tv camera > 摄像 # 4-13-02-09 电视摄像员
archaeological dig|excavation site|relic restoration|artifact restoration|restorer > 考古 探掘 文物 修复 # 4-13-03 考古及文物保护作业人员
online learning|online course|e-learning|study tour|study tours|education camp|parenting|parent workshops|family education|home education|national defence education > 在线学习 研学旅行 家庭教育 家长 国防教育 # 4-13-04 教育服务人员
nursing assistant|medical orderly|care assistant|patient escort|health care assistant|respiratory therapist|ventilator > 医疗护理员 医疗 辅助 健康照护 呼吸治疗 # 4-14-01 医疗辅助服务人员
health management|health manager|health check|health checkup|nutrition advice|nutrition|reproductive health|elderly assessment > 营养 健康管理 健康 咨询 评估 # 4-14-02 健康咨询服务人员
hearing aid|hearing aids|optician|optometrist|optometry|eye test|eyesight test|glasses|eyeglasses|spectacles|lenses|lens|lensmeter|pd|edging|dental lab technician|speech therapy for deaf > 助听器 验配 眼镜 验光 镜片 定配 口腔修复体 听觉口语 # 4-14-03 康复矫正服务人员
epidemic prevention|disinfection|disinfect|sanitizing|sanitising|public hygiene|community health worker > 防疫 消毒 卫生 健康 # 4-14-04 公共卫生辅助服务人员
personal trainer|fitness instructor|fitness coach|gym|fitness|yoga|pilates|aerobics|sports venue|stadium|swimming pool|lifeguard|karaoke|ktv|entertainment venue|esports|e-sports|pro gamer|gaming tournament|game operations > 社会体育指导 健身 体育场馆 游泳 救生员 康乐 电子竞技 # 4-14-05 体育健身和娱乐场所服务人员
forest therapy|wellness retreat|homestay host|b&b host|guesthouse manager > 康养 民宿 管家 # 4-14-06 康养、休闲服务人员
seed production|seed breeding base|seedling nursery|seedlings|transplant seedlings|grafting > 种子 种苗 繁育 # 5-01-01 作物种子(苗)繁育生产人员
farmer|farming|farm work|farmland|crops|crop|rice|wheat|corn|maize|soybean|soybeans|cotton field|vegetables|vegetable|grow vegetables|greenhouse vegetables|plant crops|sow|sowing|harvest|harvesting|weeding|fruit picking|mushroom|mushrooms|rubber tapping|medicinal herbs > 农艺 种植 农作物 蔬菜 栽培 收获 播种 食用菌 中药材 # 5-01-02 农作物生产人员
tree planting|plant trees|reforestation|forest thinning|forest patrol|forest fire patrol|logging|lumberjack|chainsaw|timber|log transport > 造林 护林 森林 抚育 采伐 集材 木材 # 5-02 林业生产人员
tree nursery|grass seeds > 林草 种苗 # 5-02-01 林草种苗繁育人员
cattle breeding|pig breeding|sow farrowing|boar|semen collection|hatchery|chicks|hatching eggs|incubator > 家畜 家禽 繁殖 孵化 # 5-03-01 畜禽种苗繁育人员
feed the animals|feed the cows|feed the pigs|feed the chickens|feed the sheep|feed the fish|feed livestock|feeding time > 饲喂 饲养 # 5-03-02 畜禽饲养人员
cow|cows|cattle|dairy farm|dairy cows|calf|calves|pig|pigs|pig farm|hog|hogs|sheep|goat|goats|herding|herdsman|shepherd|graze|grazing|milk the cows|milking|milking machine|shear|shearing|wool|barn|barns|pen|pens|manure|muck out|livestock farm > 家畜 饲养 饲喂 挤奶 放牧 圈舍 粪污 毛绒 # 5-03-02-01 家畜饲养员
chicken|chickens|hen|hens|poultry|poultry farm|duck|ducks|goose|geese|layer farm|broiler|broilers|collect eggs|egg collection > 家禽 饲养 禽 蛋 # 5-03-02-02 家禽饲养员
beekeeping|beekeeper|bees|honey|silkworm|silkworms|sericulture|lab animals|laboratory animals|lab mice|mink|deer farm|fur farm > 蜂 实验动物 特种动物 经济昆虫 养殖 # 5-03-03 特种经济动物饲养人员
fish fry|fingerlings|spawning|hatchery fish|fish hatchery|seedling breeding > 苗种 繁育 水生动物 # 5-04-01 水产苗种繁育人员
fish farmer|feed the fish|fish ponds|pond|ponds|shrimp|shrimps|crab|crabs|oyster|oysters|seaweed|kelp|net cage|net cages|sea cucumber|abalone > 水产 养殖 水生动物 水生植物 饲养 # 5-04-02 水产养殖人员
fishing boat|fishing vessel|fisherman|fishermen|fishing|trawler|fishing nets|fishing net|net mending > 捕捞 渔业 船员 渔网具 # 5-04-03 水产捕捞及有关人员
farm technician|farm manager|agricultural manager|smart agriculture|digital agriculture|precision agriculture|farm management software > 农业技术员 农业经理人 农业数字化 # 5-05-01 农业生产服务人员
crop spraying|spray pesticide|spraying pesticides|pesticide|pesticides|pests|insect pests|plant diseases|animal vaccination|vaccinate|vaccinating|quarantine inspection|fish disease|fish diseases > 植保 农药 病虫害 防治 疫病 检疫 免疫 病害 # 5-05-02 动植物疫病防治人员
biogas|biogas digester|solar water heater|solar panels|rural energy|small hydropower|micro hydro|small wind turbine > 沼气 农村节能 太阳能 微水电 小风电 # 5-05-03 农村能源利用人员
village waste|rural waste|plastic mulch|mulch film|pesticide bottles|straw|crop straw|straw recycling|rural sewage|village sewage|heavy metals|invasive species > 农村 废弃物 地膜 秸秆 畜禽粪便 污水 重金属 入侵 # 5-05-04 农村环境保护人员
tractor|tractors|combine harvester|harvester|rice transplanter|seeder|farm machinery|farm machine|farm machines|agricultural drone|plant protection drone > 农机 拖拉机 收获 播种 驾驶 操作 修理 # 5-05-05 农机化服务人员
fruit processing|drying fruit|cotton ginning|ginning|bamboo weaving|bamboo crafts|rattan|cocoons|silk reeling|fish cleaning|gutting fish > 园艺产品 加工 棉花 竹藤 经济昆虫 水产品 原料 # 5-05-06 农副林特产品初加工人员
rice mill|rice milling|flour mill|flour milling|oil mill|oil pressing|edible oil|animal feed|feed mill|pellet feed|sugar mill|sugar refinery|sugarcane > 制米 制粉 制油 饲料 食糖 加工 # 6-01-01 粮油加工人员
slaughterhouse|abattoir|slaughter|slaughtering|butcher|butchery > 屠宰 畜禽 # 6-01-04-01 畜禽屠宰加工工
meat processing|sausage|sausages|ham|bacon > 肉制品 # 6-01-04-03 肉制品加工工
egg products|salted eggs > 蛋类制品 # 6-01-04-04 蛋类制品加工工
fish processing|seafood processing|surimi|fish balls > 水产品 加工 # 6-01-05 水产品加工人员
fruit juice processing|roasting nuts|canned fruit|dried fruit > 果蔬 坚果 # 6-01-06 果蔬和坚果加工人员
starch|tofu|soy milk|bean curd > 淀粉 豆制品 植物蛋白 # 6-01-07 淀粉和豆制品加工人员
bakery factory|bread factory|cake decorating|cake decoration > 糕点 面包 烘焙 裱花 # 6-02-01 焙烤食品制造人员
candy|chocolate|chocolates|preserved fruit > 糖果 巧克力 果脯 # 6-02-02 糖制品加工人员
frozen dumplings|frozen food|quick-frozen|canned food|canning|cannery|instant noodles > 冷冻食品 罐头 米面 # 6-02-03 方便食品和罐头食品加工人员
dairy|dairy factory|milk powder|yogurt|yoghurt|cheese > 乳品 # 6-02-04 乳制品加工人员
soy sauce|vinegar|msg|monosodium glutamate|salt production|enzyme|enzymes|citric acid|pickles|seasoning|seasonings|condiment|condiments > 酱油 食醋 味精 制盐 酶制剂 柠檬酸 酱腌菜 调味品 # 6-02-05 调味品及食品添加剂制作人员
brewery|brewing|brewer|brew beer|beer|baijiu|distillery|distilling|rice wine|fruit wine|winery|winemaking|wine tasting|malt|soft drinks|beverage factory|beverages|tea processing|tea factory|tea tasting > 酿酒 啤酒 白酒 黄酒 果露酒 酒精 品酒 麦芽 饮料 茶叶 评茶 # 6-02-06 酒、饮料及精制茶制造人员
tobacco curing|tobacco leaf|tobacco leaves|cigarette factory|cigarette machine|filter tow > 烟叶 调制 烟草 烟机 丝束 # 6-03 烟草及其制品加工人员
cotton mill|spinning mill|carding|drawing frame|roving > 开清棉 梳理 并条 粗纱 # 6-04-01 纤维预处理人员
spinning yarn|yarn|ring spinning|silk reeling mill > 纺纱 缫丝 # 6-04-02 纺纱人员
warping|sizing|weaving|weaver|loom|looms|weaving mill > 整经 浆纱 织布 # 6-04-03 织造人员
knitting|knitting machine|knitwear factory|circular knitting|warp knitting|flat knitting > 纬编 经编 横机 # 6-04-04 针织人员
nonwoven fabric|non-woven fabric|spunbond|meltblown > 非织造布 # 6-04-05 非织造布制造人员
desizing|scouring|bleaching|mercerizing|mercerising|singeing|pretreatment > 前处理 退浆 煮练 漂白 丝光 烧毛 # 6-04-06-01 印染前处理工
dyeing|textile dyeing|fabric dyeing|dye recipe|dyehouse|dye house|dyeing mill > 印染 染色 织物 # 6-04-06-02 纺织染色工
printing fabric|textile printing|screen printing fabric > 印花 # 6-04-06-03 印花工
finishing line|fabric finishing > 后整理 # 6-04-06-05 印染后整理工
dyestuff|dye chemicals > 染化料 配制 # 6-04-06-06 印染染化料配制工
leather|tannery|tanning|leather goods|handbags|fur|furs|down jackets|down feathers|feathers|duvet filling|shoe factory|shoemaking|shoe making|shoes|hats|cap making > 皮革 毛皮 羽绒 羽毛 充填 制鞋 制帽 # 6-05 纺织品、服装和皮革、毛皮制品加工制作人员
garment factory|clothing factory|pattern making|pattern maker|patternmaker|cutting fabric|cutting room|sewing|sewing machine|sew|seamstress|stitching|hemming|ironing|steam press|pressing clothes|garment washing|denim washing|stone washing|quilting|patchwork|knitting by hand > 服装 制版 裁剪 缝纫 整型 熨烫 定型 水洗 拼布 编织 # 6-05-01 纺织品和服装剪裁缝纫人员
sawmill|sawing logs|timber drying|wood treatment|plywood|fibreboard|fiberboard|mdf|particleboard|particle board|chipboard|veneer|laminate|laminated board|wood panels > 制材 木材 胶合板 纤维板 刨花板 浸渍纸层压板 饰面 人造板 # 6-06-01 木材加工人员
carpenter|carpentry|woodworking|woodwork|woodworker|joinery|joiner|mortise|tenon|mortise and tenon|plane wood|planing|chisel|wooden doors|suspended ceiling|ceiling|partition wall > 木工 手工木工 木制品 榫 刨 吊顶 隔墙 # 6-06-03-01 手工木工
cnc router|panel saw|woodworking machines > 机械木工 # 6-06-03-02 机械木工
wooden floor|wooden floors|wood floor|flooring > 木地板 # 6-06-03-03 木地板制造工
furniture making|furniture factory|make furniture|cabinet maker|cabinets|wardrobes > 家具 制作 # 6-06-04 家具制造人员
pulp mill|paper mill|paper machine|papermaker|rice paper|xuan paper|cardboard|carton|cartons|corrugated|boxes|paper boxes|packaging boxes > 制浆 造纸 纸张 宣纸 纸箱 纸盒 # 6-07 纸及纸制品生产加工人员
prepress|pre-press|typesetting|indesign|colour separation|color separation|proofs|digital proof|ctp|plate making|platemaking|printing plate|printing plates > 印前 排版 分色 打样 制版 印版 # 6-08-01-01 印前处理和制作员
printing press|press operator|offset printing|offset press|printing house|printing factory|printing company|print shop > 印刷 # 6-08-01-02 印刷操作员
binding|bookbinding|laminating|die cutting|post-press > 印后 装订 # 6-08-01-03 印后制作员
cd replication|dvd replication > 音像制品 复制 # 6-08-02 记录媒介复制人员
sporting goods|ball factory|rackets|badminton rackets|tennis rackets|fitness equipment|toys|toy factory|plush toys|dolls > 制球 球拍 健身器材 玩具 # 6-09 文教、工美、体育和娱乐用品制造人员
pen factory|pencil factory|ballpoint|fountain pen|chinese brush|ink stick|ink factory > 笔 铅笔 毛笔 墨 墨水 # 6-09-01 文教用品制作人员
instrument making|guitar making|luthier|violin making|piano factory|piano making|drum making > 乐器 制作 提琴 吉他 钢琴 # 6-09-02 乐器制作人员
wood carving|stone carving|jade carving|carving|carver > 工艺品 雕刻 # 6-09-03-01 工艺品雕刻工
ceramic art|pottery|potter > 陶瓷工艺品 # 6-09-03-03 陶瓷工艺品制作师
cloisonne > 景泰蓝 # 6-09-03-04 景泰蓝制作工
lacquer|lacquerware > 漆器 # 6-09-03-06 漆器制作工
mural painting > 壁画 # 6-09-03-07 壁画制作工
woodblock printing|printmaking > 版画 # 6-09-03-08 版画制作工
artificial flowers|silk flowers|paper flowers|fake flowers|flower petals|petals > 人造花 # 6-09-03-09 人造花制作工
embroidery|embroider > 刺绣 抽纱 # 6-09-03-11 抽纱刺绣工
hand-knotted|carpet|carpets|rug|rugs|knots|warp > 地毯 编织 # 6-09-03-12 手工地毯制作工
jewelry|jewellery|jeweller|jeweler|gold jewelry|gold jewellery|silver jewelry|silver jewellery|wax model|wax models|wax carving|lost-wax|lost wax|casting jewelry|stone setting|set stones|goldsmith|silversmith > 首饰 贵金属 蜡模 镶嵌 # 6-09-03-15 贵金属首饰制作工
refinery|oil refinery|crude oil|distillation unit|catalytic cracking|hydrocracking|hydrogenation|lubricants|lubricating oil > 原油 蒸馏 催化裂化 加氢 润滑油 石油 炼制 # 6-10-01 石油炼制生产人员
oil depot|tank farm > 油品 储运 # 6-10-01-10 油品储运工
coking|coke oven|coking plant > 炼焦 # 6-10-02 炼焦人员
coal chemical|coal-to-olefins|coal-to-liquids|coal gasification|coal water slurry > 煤化工 煤制 水煤浆 # 6-10-03 煤化工生产人员
coal briquettes|briquettes|briquette|briquetting|coal powder|pulverized coal|pulverised coal > 工业型煤 型煤 粉煤 成型 # 6-10-03-05 工业型煤工
chemical plant|chemical factory|chemical operator|control room operator|dcs operator|distillation column|reactor|reactors|chemical reaction|feedstock|refrigeration unit|industrial cleaning|corrosion control|anti-corrosion > 化工 单元操作 总控 原料 反应 制冷 工业清洗 腐蚀控制 # 6-11-01 化工产品生产通用工艺人员
sulfuric acid|sulphuric acid|nitric acid|hydrochloric acid|phosphoric acid|soda ash|caustic soda|chlor-alkali|brine|inorganic salts|ammonia|urea|fertilizer plant|fertiliser plant|potash|compound fertilizer|compound fertiliser > 硫酸 硝酸 盐酸 磷酸 纯碱 烧碱 卤水 无机盐 合成氨 尿素 钾肥 复混肥 化学肥料 # 6-11-02 基础化学原料制造人员
pesticide factory|pesticide production > 农药 # 6-11-04 农药生产人员
paint factory|coatings factory|ink manufacturing|pigment|pigments|dye factory|dyestuff factory > 涂料 油墨 颜料 染料 # 6-11-05 涂料、油墨、颜料及类似产品制造人员
resin|resins|synthetic resin > 合成树脂 # 6-11-06 合成树脂生产人员
synthetic rubber > 合成橡胶 # 6-11-07 合成橡胶生产人员
catalyst|catalysts|reagents|surfactant|surfactants|additives|silicone|adhesive|glue > 催化剂 试剂 表面活性剂 添加剂 有机硅 胶 # 6-11-08 专用化学产品生产人员
explosives|detonators|fireworks|firecrackers > 火工品 雷管 烟花爆竹 # 6-11-09 火工品制造、保管、爆破及焰火产品制造人员
detergent|soap|cosmetics factory|cosmetic formulation|cosmetics formulation|perfume|fragrance|flavors|flavours|matches > 洗涤剂 肥皂 化妆品 香料 调香 香精 火柴 # 6-11-10 日用化学品生产人员
pharmaceutical factory|pharma factory|pharma plant|drug factory > 制药 药品 # 6-12 医药制造人员
api synthesis|chemical synthesis of drugs > 化学合成制药 # 6-12-01 化学药品原料药制造人员
herbal slices|decoction pieces > 中药炮制 中药饮片 # 6-12-02 中药饮片加工人员
tablets|tablet press|capsules|capsule filling|granulation|injections filling|freeze drying|lyophilization > 药物制剂 片剂 胶囊 制粒 # 6-12-03 药物制剂人员
veterinary drugs|veterinary medicine|animal vaccine|animal vaccines|premix|premixes > 兽药 兽用 # 6-12-04 兽用药品制造人员
fermenter|fermenters|fermentation tank > 发酵 # 6-12-05-02 发酵工程制药工
vaccine|vaccines|vaccine production|cell culture|bioreactor|bioreactors|antigen|adjuvant|emulsifying > 疫苗 细胞 培养 生物反应器 抗原 佐剂 乳化 # 6-12-05-03 疫苗制品工
blood products|blood plasma > 血液制品 # 6-12-05-04 血液制品工
polyester|nylon|viscose|spandex|polymerization|spinneret|spinnerets|extruder|melt spinning|filament|winding machine|winding machines|draw texturing|fibre plant|fiber plant|staple fibre|staple fiber > 化纤 聚合 纺丝 喷丝板 熔体 卷绕 拉伸 纤维 # 6-13 化学纤维制造人员
rubber|rubber products|vulcanizing|vulcanising|tyre retreading|tire retreading|plastic products|plastics factory|injection molding machine|injection moulding machine|blow molding|blow moulding|plastic film|extrusion line > 橡胶 轮胎翻修 塑料制品 成型 注塑 挤出 # 6-14 橡胶和塑料制品制造人员
cement|cement plant|cement kiln > 水泥 # 6-15-01-01 水泥生产工
precast concrete|concrete products > 水泥混凝土制品 # 6-15-01-02 水泥混凝土制品工
lime kiln|quicklime > 石灰 煅烧 # 6-15-01-03 石灰煅烧工
gypsum|gypsum board|plasterboard|drywall|plaster|slurry > 石膏 石膏制品 # 6-15-01-05 石膏制品生产工
ready-mix|ready mix|concrete batching|batching plant > 预拌混凝土 # 6-15-01-06 预拌混凝土生产工
bricks|brick|roof tiles > 砖瓦 # 6-15-02-01 砖瓦生产工
stone slabs|granite|marble > 石材 # 6-15-02-03 石材生产工
quartz stone|engineered stone|countertops|countertop|artificial stone > 人造石 石英石 # 6-15-02-04 人造石生产加工工
waterproof membrane|waterproofing membrane > 防水卷材 # 6-15-02-05 防水卷材制造工
insulation boards|thermal insulation > 保温材料 # 6-15-02-06 保温材料制造工
sound insulation|acoustic panels > 吸音材料 # 6-15-02-07 吸音材料制造工
sand and gravel|aggregates|crushed stone > 砂石 骨料 # 6-15-02-08 砂石骨料生产工
glass|glass factory|glassware|glass bottles|float glass|tempered glass|glass processing|glass blowing|quartz glass|fiberglass|fibreglass|glass fiber|glass fibre|frp > 玻璃 玻璃制品 石英玻璃 玻璃纤维 玻璃钢 # 6-15-03 玻璃及玻璃制品生产加工人员
ceramics|ceramic factory|porcelain|glaze|glazing|firing kiln|ceramic tiles|sanitary ware|toilets|glazed tiles > 陶瓷 施釉 烧成 成型 琉璃 # 6-15-05 陶瓷制品制造人员
refractory bricks|fire bricks|firebricks > 耐火 耐火原料 成型 # 6-15-06-01 耐火原料加工成型工
slide gate|slide gate plates|nozzles|ladle|impregnation|impregnating > 耐火制品 滑板 水口 浸渍 # 6-15-06-03 耐火制品加工工
ceramic fibre|ceramic fiber|fibre blanket|fiber blanket|insulation wool|fibre wool|fiber wool > 耐火纤维 纤维棉 # 6-15-06-04 耐火纤维制品工
graphite|carbon electrodes > 石墨 炭素 # 6-15-07 石墨及炭素制品生产人员
kaolin|perlite|mica|asbestos|synthetic crystals|crystal growth > 高岭土 珍珠岩 云母 石棉 晶体 # 6-15-08 高岭土、珍珠岩等非金属矿物加工人员
mine rescue > 矿山 救护 # 6-16-01 矿物采选人员
ore|ore processing|ore dressing|flotation > 选矿 矿物 # 6-16-01 矿物采选人员
open pit|open-pit|quarry > 露天 采矿 # 6-16-01-01 露天采矿工
coal mine|coal mining|coal miner|miner|mining|underground mine > 井下 采矿 煤矿 # 6-16-01-05 井下采矿工
roof support > 井下 支护 # 6-16-01-06 井下支护工
hoist|mine hoist > 矿山 提升 # 6-16-01-08 矿山提升设备操作工
mine ventilation > 矿井 通风 # 6-16-01-09 矿井通风工
oil well|oil rig|drilling platform|drilling crew oil|well testing|gas well|coalbed methane|gas processing|oil pipeline|gas pipeline|roughneck|workover > 钻井 石油 天然气 开采 油气 输送 测试 煤层气 # 6-16-02 石油和天然气开采与储运人员
salt works|sea salt|salt pan|salt lake > 海盐 湖盐 制盐 # 6-16-03 采盐人员
blast furnace|ironmaking|sintering|sinter plant|pellets|pelletizing > 炼铁 高炉 烧结 球团 # 6-17-01 炼铁人员
steel plant|steel mill|steelworks|steelmaking shop|converter steelmaking|electric arc furnace|ladle furnace|continuous casting > 炼钢 浇铸 # 6-17-02 炼钢人员
ferroalloy|ferroalloys > 铁合金 冶炼 # 6-17-04 铁合金冶炼人员
copper smelting|zinc smelting|lead smelting|electrolytic refining|electrorefining > 重冶 冶炼 电解精炼 # 6-17-05 重有色金属冶炼人员
aluminium smelter|aluminum smelter|alumina|magnesium|silicon metal|potline > 氧化铝 铝电解 镁冶炼 硅冶炼 # 6-17-06 轻有色金属冶炼人员
tungsten smelting|molybdenum|titanium|rare earth|rare earths|lithium smelting|precious metals refining > 钨钼 钛 稀土 锂 贵金属 冶炼 # 6-17-07 稀贵金属冶炼人员
polysilicon|silicon wafer material > 多晶硅 半导体 # 6-17-08 半导体材料制备人员
hot rolling|cold rolling|rolling line|pickling line|galvanizing|galvanising|steel wire rope|wire drawing|drawn wire|extrusion press|aluminium extrusion|aluminum extrusion|welded pipe|pipe mill > 轧制 酸洗 涂层 拉拔 挤压 钢丝绳 焊管 # 6-17-09 金属轧制人员
cemented carbide|tungsten carbide > 硬质合金 # 6-17-10 硬质合金生产人员
boring machine|drilling machine|drill press > 镗工 钻床 # 6-18-01 机械冷加工人员
lathe|turner|lathe operator|lathe work > 车工 车床 # 6-18-01-01 车工
milling|milling machine|mill operator > 铣工 铣床 # 6-18-01-02 铣工
grinding machine|surface grinder|cylindrical grinder|grinder > 磨工 磨床 # 6-18-01-04 磨工
cnc|cnc machining|cnc operator|cnc machine|machining center|machining centre|g-code|machinist|machining > 数控 机床 加工中心 切削 加工 零件 # 6-18-01-07 多工序数控机床操作调整工
edm|wire edm|wire cutting|spark erosion > 电切削 线切割 # 6-18-01-08 电切削工
broaching > 拉床 # 6-18-01-09 拉床工
blanking|cut to length|material cutting > 下料 # 6-18-01-10 下料工
riveter|riveting|rivet|rivets > 铆工 铆接 # 6-18-01-11 铆工
stamping|punch press|press brake|sheet metal|metal stamping > 冲压 # 6-18-01-12 冲压工
3d printing operator|metal 3d printing > 增材制造 设备 操作 # 6-18-01-13 增材制造设备操作员
casting|foundry|foundryman|sand casting|die casting|investment casting > 铸造 # 6-18-02-01 铸造工
forging|forge|blacksmith > 锻造 # 6-18-02-02 锻造工
heat treatment|quenching|tempering|annealing|carburizing > 热处理 淬火 # 6-18-02-03 金属热处理工
weld|welding|welder|welded|arc welding|mig|tig|mig welding|tig welding|gas welding|spot welding|brazing|soldering > 焊接 焊工 电焊 气焊 钎焊 # 6-18-02-04 焊工
gas cutting|plasma cutting|plasma cutter|oxy-fuel cutting|flame cutting|laser cutting > 切割 # 6-18-02-05 机械加工材料切割工
powder metallurgy > 粉末冶金 # 6-18-02-06 粉末冶金制品制造工
electroplating|plating|chrome plating|anodizing|anodising|coating|pvd coating|spray painting|spray paint|painting line|paint booth|powder coating|thermal spraying > 镀层 电镀 镀膜 涂装 喷涂 喷焊 # 6-18-03 机械表面处理加工人员
spray > 涂装 喷涂 油漆 # 6-18-03 机械表面处理加工人员
toolmaker|tool and die|mould maker|mold maker|moulds|molds|mould|mold|pattern maker foundry|abrasives|grinding wheels|cutting tools|measuring tools|gauges|fitter|bench work|toolroom > 模具 模型 磨料 磨具 量具 刃具 工具钳工 # 6-18-04 工装工具制造加工人员
hardware factory|hardware products|door locks|locks factory|cookware|pots and pans|enamel|enamelware|eyeglass frames|gold leaf > 五金 锁具 炊具 器皿 搪瓷 眼镜架 金箔 # 6-19 金属制品制造人员
fitter|assembly fitter|mechanical assembly > 装配 钳工 # 6-20-01-01 装配钳工
bearing|bearings > 轴承 # 6-20-01-02 轴承制造工
gear|gears|gear cutting|gear hobbing > 齿轮 # 6-20-01-03 齿轮制造工
reducer|reducers|gearbox assembly > 减变速机 # 6-20-01-04 减变速机装配调试工
fasteners|bolts and nuts > 紧固件 # 6-20-01-06 紧固件制造工
boiler manufacturing|boiler factory > 锅炉 制造 # 6-20-02-01 锅炉设备制造工
internal combustion engine|diesel engine|diesel engines|engine assembly > 内燃机 装配 调试 # 6-20-02-02 内燃机装配调试工
steam turbine|steam turbines > 汽轮机 # 6-20-02-03 汽轮机装配调试工
wind turbine|wind turbines|wind turbine factory > 风电机组 # 6-20-02-04 风电机组制造工
machine tool assembly|machine tool repair > 机床 装调 维修 # 6-20-03-01 机床装调维修工
welding machine|welding machines|welding equipment > 焊接设备 # 6-20-03-02 焊接设备装配调试工
welding wire|welding rods|electrodes factory > 焊接材料 # 6-20-03-03 焊接材料制造工
elevator|elevators|lift installation|escalator|escalators > 电梯 # 6-20-04 物料搬运设备制造人员
heat exchanger|heat exchangers > 换热器 # 6-20-05 泵、阀门、压缩机及类似机械制造人员
hydraulic|hydraulics|pneumatic|pneumatics > 液压 气动 # 6-20-05 泵、阀门、压缩机及类似机械制造人员
seals|rotor|rotors|test bench|test run > 密封 转子 调试 性能 检测 # 6-20-05 泵、阀门、压缩机及类似机械制造人员
pump|pumps > 泵 # 6-20-05-01 泵装配调试工
vacuum pump|vacuum pumps|vacuum system|vacuum chamber > 真空 泵 # 6-20-05-02 真空设备装配调试工
compressor|compressors > 压缩机 # 6-20-05-03 压缩机装配调试工
industrial fan|blower|blowers > 风机 # 6-20-05-04 风机装配调试工
centrifuge|centrifuges|separator|filter press > 过滤 分离 # 6-20-05-05 过滤与分离机械装配调试工
air separation|air separation unit|oxygen plant|nitrogen plant|cold box|expander|expanders|distillation columns > 气体分离 塔器 膨胀机 # 6-20-05-06 气体分离设备装配调试工
refrigeration units|air conditioning units|chiller|chillers > 制冷空调 # 6-20-05-07 制冷空调设备装配工
valve|valves > 阀门 # 6-20-05-08 阀门装配调试工
industrial furnace|electric furnace|water treatment membrane|ro membrane|electrodialysis|power tools|weighing scales > 工业炉 电炉 膜法水处理 电渗析器 电动工具 衡器 # 6-20-06 烘炉、衡器、水处理等设备制造人员
camera factory|optical lens|optical lenses|lens grinding|copier factory|toner|toner cartridge|printer cartridges|remanufacturing > 照相机 光学镜头 复印设备 静电成像 耗材 再制造 # 6-20-07 文化办公机械制造人员
construction machinery assembly|excavator assembly|printing machinery|sewing machine assembly|semiconductor equipment|agricultural machinery factory|medical devices|medical device|prosthetic limbs|orthopedic braces|orthopaedic braces|medical consumables > 工程机械 装配 印刷设备 缝制机械 电子专用设备 农业机械 医疗器械 假肢 矫形器 医用材料 # 6-21 专用设备制造人员
car factory|car plant|auto plant|automotive|assembly line|production line|car parts|auto parts|car seats|interior trim|dashboard|end of line|car assembly|vehicle assembly|car dismantling|scrapped cars|end-of-life vehicles > 汽车 生产线 零部件 饰件 装调 整车 回收 拆解 # 6-22 汽车制造人员
locomotive|locomotives > 铁路 机车 制修 # 6-23-01-01 铁路机车制修工
train car|train cars|railway car|railway cars|passenger car|passenger cars|rolling stock|bogie|bogies|car depot|train depot|railway depot|brake system|air brakes > 铁路 车辆 制修 走行 制动 # 6-23-01-02 铁路车辆制修工
emu|high-speed train maintenance|bullet train maintenance > 动车组 制修 # 6-23-01-03 动车组制修师
turnout|switches and crossings > 道岔 # 6-23-01-05 道岔钳工
shipyard|shipbuilding|ship hull|hull|ship fitting|shipbreaking > 船舶 船体 制造 拆船工 # 6-23-02 船舶制造人员
aircraft assembly|aircraft wiring|aircraft systems|aero engine assembly|propeller > 飞机 装配 航空发动机 螺旋桨 # 6-23-03 航空产品装配、调试人员
motorcycle assembly|bicycle factory|bicycle assembly|e-bike assembly > 摩托车 自行车 装配 # 6-23-04 摩托车、自行车制造人员
electric motors|motor factory|motor winding|coil winding|rewinding|stator|rotor winding > 电机 # 6-24-01 电机制造人员
transformer factory|switchgear assembly|capacitor banks|solar modules|pv modules|pv module|solar panel factory > 变压器 高低压电器 电力电容器 光伏组件 # 6-24-02 输配电及控制设备制造人员
wire and cable factory|cable factory|optical fiber drawing|optical fibre drawing|insulating materials > 电线电缆 光纤光缆 绝缘 # 6-24-03 电线电缆、光纤光缆及电工器材制造人员
battery factory|battery cell|battery cells|lithium battery|lithium batteries|battery pack assembly > 电池 # 6-24-04 电池制造人员
fridge factory|air conditioner factory|washing machine factory|small appliances > 电冰箱 空调器 洗衣机 家用电器 # 6-24-05 家用电力器具制造人员
gas stoves|gas stove factory > 燃气具 # 6-24-06 非电力家用器具制造人员
light bulbs|led lamps|lamps|lamp|luminaires > 电光源 灯具 # 6-24-07 照明器具制造人员
railway signal equipment > 信号设备 轨道交通 # 6-24-08 电气信号设备装置制造人员
inductors|inductor|coils > 电感器 # 6-25-01 电子元件制造人员
capacitors factory|capacitor|capacitors > 电容器 # 6-25-01-01 电容器制造工
resistors|resistor > 电阻器 # 6-25-01-02 电阻器制造工
quartz crystal|crystal oscillator|crystal oscillators > 石英晶体 # 6-25-01-06 石英晶体元器件制造工
loudspeaker|loudspeakers|earphones|headphones > 电声器件 # 6-25-01-07 电声器件制造工
vacuum tube|vacuum tubes|electron tube|electron tubes > 真空电子器件 # 6-25-02-01 真空电子器件零件制造及装调工
electrode wire|tungsten wire|heater coil|heater coils|lead wires|molybdenum wire > 电极丝 钨 加热子 # 6-25-02-02 电极丝制造工
lcd|lcd panel|display panel|oled > 液晶显示器件 # 6-25-02-03 液晶显示器件制造工
wafer|wafers|wafer processing|wafer slicing > 晶片 # 6-25-02-04 晶片加工工
chip fab|fab|wafer fab|lithography|photolithography|etching > 半导体芯片 芯片 # 6-25-02-05 半导体芯片制造工
chip packaging|packaging and testing|die bonder|die bonding|wire bonder|wire bonding|dicing|dicing saw|burn-in|chip testing > 集成电路 装调 划片 键合 封焊 测试 芯片 # 6-25-02-06 半导体分立器件和集成电路装调工
magnetic heads > 磁头 # 6-25-02-07 磁头制造工
computer assembly|server assembly|pc assembly > 计算机 外部设备 装配 调试 # 6-25-03 计算机制造人员
phone assembly|mobile phone factory|communication equipment > 通信终端 通信系统 设备 制造 # 6-25-04-02 通信终端设备制造工
radar assembly > 雷达 # 6-25-04-03 雷达装调工
laser equipment > 激光设备 # 6-25-04-04 激光设备安装调试员
smart hardware|smart devices|wearables > 智能硬件 # 6-25-04-05 智能硬件装调员
electronics factory|electronics assembly|smt|pcb assembly|pcba|through-hole|soldering iron|wiring harness > 电子设备 装接 焊接 印制电路板 # 6-25-04-07 电子设备装接工
iot devices|iot installation > 物联网 安装 调试 # 6-25-04-09 物联网安装调试员
instrument factory|gauges factory|watch factory|clocks|watch movement > 仪器仪表 钟表 计时仪器 # 6-26 仪器仪表制造人员
scrap processing|scrap yard|recycling plant|plastic recycling|metal recycling|e-waste|electronic waste|shredding|shredder > 再生物资 加工 处理 废料 回收 # 6-27 再生资源综合利用人员
wind farm > 风力发电 运维 # 6-28-01 电力、热力生产和供应人员
heating plant|district heating > 供热 # 6-28-01 电力、热力生产和供应人员
boiler operator|boiler|boilers > 锅炉 运行 # 6-28-01-01 锅炉运行值班员
turbine operator > 汽轮机 运行 # 6-28-01-03 汽轮机运行值班员
gas turbine > 燃气轮机 # 6-28-01-04 燃气轮机值班员
power plant operator|unit control|control room operator|shift operator > 集控 值班员 运行 # 6-28-01-05 发电集控值班员
substation operator|electrical operator > 电气 值班员 # 6-28-01-06 电气值班员
hydropower station|hydro power|hydroelectric > 水力发电 # 6-28-01-09 水力发电运行值班员
solar farm|solar power plant|pv plant > 光伏发电 运维 # 6-28-01-10 光伏发电运维值班员
gas storage|lng|liquefied gas > 燃气 储运 液化 # 6-28-02-01 燃气储运工
cryogenic|industrial gases|oxygen|nitrogen|argon > 深冷分离 工业气体 # 6-28-02-03 工业气体生产工
exhaust gas|waste gas|flue gas|emission control|scrubber|scrubbers|activated carbon|desulfurization|desulphurization|denitrification|dust collector|baghouse|voc treatment|vocs|emission monitor|emission monitors|cems > 废气 治理 净化 颗粒物 污染物 # 6-28-02-05 工业废气治理工
compressor operator > 压缩机 操作 # 6-28-02-06 压缩机操作工
fan operator > 风机 操作 # 6-28-02-07 风机操作工
waterworks|water plant|drinking water|water purification|water pipes|water mains|pipe network|industrial wastewater|effluent|pump station|pumping station|pump operator|utility tunnel > 水生产 处理 供水 输排 工业废水 泵 管廊 # 6-28-03 水生产、输排和水处理人员
construction site|building site|bricklayer|bricklaying|lay bricks|masonry|mason|stonemason|concrete pouring|pour concrete|rebar|steel fixer|scaffolding|scaffolder|scaffold|prefab|prefabricated|formwork|rural builder > 砌筑 石工 混凝土 钢筋 架子 装配式建筑 施工 建筑 # 6-29-01 房屋建筑施工人员
track maintenance|railway track|rail track > 铁路 铁路线桥工 # 6-29-02-02 铁路线桥工
road construction|road building|paving|asphalt|highway construction > 筑路 公路 # 6-29-02-03 筑路工
road maintenance crew|pothole repair > 公路养护 # 6-29-02-04 公路养护工
bridge construction|tunnel construction|tunnelling|tunneling > 桥隧 # 6-29-02-05 桥隧工
rock drilling|drill and blast > 凿岩 # 6-29-02-06 凿岩工
blaster|blasting crew|explosive charges > 爆破 # 6-29-02-07 爆破工
waterproofing|roof waterproofing > 防水 # 6-29-02-08 防水工
cable laying|power cables > 电力电缆 # 6-29-02-11 电力电缆安装运维工
power line|power lines|overhead lines|lineman|linemen > 送配电线路 # 6-29-02-12 送配电线路工
catenary|overhead contact line > 接触网 牵引电力 # 6-29-02-13 牵引电力线路安装维护工
equipment installation|machine installation > 机械设备安装 安装 # 6-29-03-01 机械设备安装工
electrical installation|electrician|electricians|wiring|rewiring|electrical wiring > 电气设备安装 电工 线路 # 6-29-03-02 电气设备安装工
lift maintenance|elevator installation|elevator maintenance > 电梯 安装 维修 # 6-29-03-03 电梯安装维修工
pipefitter|pipefitting|plumber|plumbing|pipes > 管工 管道 # 6-29-03-04 管工
hvac|air conditioning installation|ac installation|refrigeration technician > 制冷空调 安装 维修 # 6-29-03-05 制冷空调系统安装维修工
boiler installation > 锅炉设备 安装 # 6-29-03-06 锅炉设备安装工
signalling installation|railway signals > 信号 轨道交通 # 6-29-03-10 轨道交通信号工
renovation|renovating|home renovation|interior finishing|decorator|tiling|tiler|tile|plastering|plasterer|painting walls|wall painting|drywall installation|curtain wall|windows and doors|window installation|door installation|lighting installation > 装饰装修 装修 门窗 幕墙 照明工程 # 6-29-04 建筑装饰人员
ancient buildings|traditional architecture|temple restoration|timber frame|dougong > 古建筑 # 6-29-05 古建筑修建人员
special vehicle|fire truck driver|mixer truck|concrete mixer truck|crane truck|street sweeper truck|tanker|airport vehicle > 专用车辆 驾驶员 # 6-30-01 专用车辆操作人员
shunting|train dispatching|locomotive dispatch|locomotive servicing|railway power supply > 调车 行车 机车 整备 铁路 电源 # 6-30-02 轨道交通运输机械设备操作人员
air navigation|navigation equipment|airport equipment|aviation fuel|jet fuel|refuelling aircraft|refueling aircraft > 航空 通信导航 机场 专用设备 航空油料 # 6-30-03 民用航空设备操作及有关人员
deckhand|deck crew|engine room crew|ship lock|diver|diving|scuba|underwater > 船舶 甲板 机舱 船闸 潜水 # 6-30-04 水上运输设备操作及有关人员
crane operator|crane|cranes|overhead crane|gantry crane|tower crane|forklift|forklifts|forklift driver|forklift operator > 起重 装卸 叉车 操作 # 6-30-05-01 起重装卸机械操作工
rigger|rigging|lifting|hoisting > 起重 吊装 # 6-30-05-02 起重工
conveyor|conveyors|conveyor belt > 输送机 # 6-30-05-03 输送机操作工
cable car|ropeway|chairlift > 索道 # 6-30-05-04 索道运输机械操作工
excavator|excavators|digger|bulldozer|loader|wheel loader|pile driver|piling|backhoe|road roller > 挖掘 铲运 桩工 机械 司机 # 6-30-05-05 挖掘铲运和桩工机械司机
equipment inspection|routine inspection of equipment > 设备 点检 # 6-31-01-01 设备点检员
maintenance technician|maintenance mechanic|machine maintenance|equipment maintenance|preventive maintenance|repair machines|fix machines|breakdowns|breakdown|troubleshoot|troubleshooting|millwright > 设备 维修 检修 故障 # 6-31-01-02 机修钳工
industrial electrician > 电工 # 6-31-01-03 电工
instrument technician|instrument repair > 仪器仪表 维修 # 6-31-01-04 仪器仪表维修工
motor repair|motor rewinding > 电机 检修 # 6-31-01-07 电机检修工
substation maintenance > 变电设备 检修 # 6-31-01-08 变电设备检修工
heavy equipment mechanic|construction machinery repair > 工程机械 维修 # 6-31-01-09 工程机械维修工
electromechanical > 机电设备 维修 # 6-31-01-10 机电设备维修工
ship repair|aircraft mechanic|aircraft maintenance|aircraft technician|line maintenance|aircraft engine repair|engine overhaul|airframe repair|a&p > 船舶 修理 航空器 维护 发动机 部件 外场 # 6-31-02 船舶、航空器修理人员
chemical analysis|chemical testing|titration|chromatography|hplc|gc-ms|spectrometer|spectroscopy > 化学检验 化学 分析 # 6-31-03-01 化学检验员
physical testing|tensile test|tensile testing|hardness test > 物理性能 检验 # 6-31-03-02 物理性能检验员
biochemical testing|enzyme activity|assay|assays|protein content > 生化 检验 # 6-31-03-03 生化检验员
ndt|non-destructive testing|nondestructive testing|ultrasonic testing|radiographic testing|magnetic particle|penetrant testing|flaw detection > 无损检测 # 6-31-03-04 无损检测员
quality control|quality inspector|quality inspection|qc inspector|iqc|ipqc|oqc|qc|inspector > 质检 检验 质量 # 6-31-03-05 质检员
qc lab|quality control lab|test technician|lab assistant|laboratory assistant|samples|sample|sampling > 试验 样品 检测 # 6-31-03-06 试验员
weighbridge|weighing|weigh > 称重 计量 # 6-31-04 称重计量人员
packing|packer|packaging line|packing line|pack boxes|packing boxes|wrapping|labelling products|labeling products > 包装 # 6-31-05 包装人员
safety officer|safety inspector|site safety|safety supervisor|ehs officer|hazard inspection > 安全员 安全 生产 检查 # 6-31-06 安全生产管理人员
industrial robot|industrial robots|robot arm|robotic arm|robot cell|teach pendant|robot programming|abb robot|fanuc|kuka|machine vision|vision system|vision inspection|camera inspection > 工业机器人 机器人 系统 操作 运维 工业视觉 示教 编程 # 6-31-07 工业机器人操作运维人员
army|soldier|soldiers|military service|military|officer cadet|sergeant|conscript|enlisted|armed police > 军官 军士 义务兵 军队 # 7-01-00 军官(警官)
odd jobs|casual labour|casual labor|gig work|day labourer|day laborer > 从业人员 # 8-00-00 不便分类的其他从业人员
research|researcher|research assistant|laboratory research|experiment|scientific research|thesis|dissertation|academic paper|literature review|publish|journal paper > 研究 科学研究 论文 实验 # 2-01 科学研究人员
cook|chef|cooking|kitchen|line cook|wok|stir-fry|stir fry|chinese cuisine|dim sum|dumplings|noodles|steamed buns|western cuisine|western food|steak|pasta|pastry|bakery|baker|baking|bread|cake|cakes|dessert|desserts > 烹调 中式烹调 面点 西式烹调 西式面点 菜肴 厨房 # 4-03-02 餐饮服务人员
install|installed|installation|installing|set up equipment|mount|mounting|fit out > 安装 # 6-29-03 建筑安装施工人员
repair|repairs|fix|fixing|mend|mending|overhaul|overhauling|repairman|repairer > 维修 修理 检修 # 4-12 修理及制作服务人员
maintain|maintenance|servicing|upkeep|look after the machines|service the machines|serviced the machines|service the equipment|serviced the equipment > 维护 保养 维修 # 6-31-01 机械设备修理人员
operate|operating|operator|run the machine|ran the machine|run machines|ran machines|machine operator|control panel|set parameters|adjust parameters|parameters > 操作 设备 参数 # 6-31 生产辅助人员
assemble|assembling|assembler|put together|fit together > 装配 组装 # 6-20-01 通用基础件装配制造人员
debug|debugging|commissioning|commission|calibrate|adjust|adjusting|tune|tuning|set up and test > 调试 调整 # 6-25-04 电子设备装配调试人员
design|designed|designer|designing|draft|drafting|blueprint|blueprints|drawing|drawings|sketch|sketches|sketching > 设计 绘制 图纸 # 2-02 工程技术人员
develop|development|build software|built software|prototype development > 开发 研发 # 2-02-10-03 计算机软件工程技术人员
test|testing|tester|tests|test bench testing|trial run > 测试 试验 检测 # 6-31-03 检验试验人员
inspect|inspection|check|checking|checked|examine|verify > 检查 检验 # 6-31-03 检验试验人员
measure|measurement|measurements|measuring > 测量 测定 计量 # 4-08-03 测绘服务人员
analyse|analyze|analysis|analysed|analyzed|analytics > 分析 # 2-02-30-09 数据分析处理工程技术人员
plan|planning|schedule|scheduling|arrange|arranging|organise|organize|organising|organizing|coordinate|coordinating|coordination > 计划 规划 组织 协调 安排 # 2-02-30-04 项目管理工程技术人员
manage|managing|manager|management|supervise|supervising|supervisor|in charge|oversee|overseeing|lead a team|team leader|foreman > 管理 组织 指导 # 1-06-01 企业负责人
teach|teaching|training staff|instruct|instructing|instructor|mentor > 教学 指导 培训 # 2-08 教学人员
sell|selling|sold|promote|promoting|promotion|advertise|advertising|advertisement > 销售 推广 营销 广告 # 4-01-02 销售人员
clean|cleaned|cleaning up|wash|washing|wipe|tidy > 清洁 清洗 # 4-09-08 环境卫生服务人员
cook|cooked|fry|frying|boil|boiling|bake|baked|roast|roasting > 烹调 烹饪 制作 # 4-03-02 餐饮服务人员
drive|driving|driver|drove|chauffeur > 驾驶 驾驶员 # 4-02-02 道路运输服务人员
deliver|delivery|deliveries|delivered|distribute|distribution|dispatch > 配送 投递 派送 # 4-02-07 邮政和快递服务人员
sort|sorting|sorted|classify|classifying > 分拣 分类 # 4-02-07 邮政和快递服务人员
record|recording|log|logging|logged|fill in|filled in|paperwork|forms|report|reports|reporting > 记录 填写 报表 报告 # 3-01-02 行政事务处理人员
monitor|monitoring|watch over|keep an eye on|observe|observation|surveillance > 监测 监控 观察 观测 # 6-31-03 检验试验人员
mix|mixing|mixed|blend|blending|prepare solutions|mix chemicals|mixer|stir|stirring > 配制 搅拌 混合 # 6-11-01 化工产品生产通用工艺人员
cut|cutting|trim|trimming|sawing > 切割 裁切 剪 锯 # 6-18-02 机械热加工人员
polish|polishing|sanding|grind > 抛光 研磨 打磨 砂光 # 6-18-03 机械表面处理加工人员
drill|drilling > 钻 钻井 钻孔 # 6-16-02 石油和天然气开采与储运人员
weigh|weighed > 称量 计量 配料 # 6-31-04 称重计量人员
pack|packed|package|packaging|wrap|wrapped|label|labelling|labeling > 包装 # 6-31-05 包装人员
load|loaded|unload|unloaded|move goods|moving goods|lift goods|haul > 装卸 搬运 # 4-02-05 装卸搬运和运输代理服务人员
grow|growing|grew|planting|cultivate|cultivation > 种植 栽培 养殖 # 5-01-02 农作物生产人员
treat|treatment|cure|heal > 治疗 处理 # 2-05-01 临床和口腔医师
care|caring|look after|looked after|take care of|took care of > 护理 照料 照护 # 4-10-01 生活照料服务人员
research|investigate|investigation|survey|surveys > 研究 调查 # 2-01 科学研究人员
write|writing|wrote|written|draft documents|drafted > 撰写 编写 编制 # 2-10-02 编辑
customer|customers|client|clients|guest|guests > 顾客 客户 宾客 # 4-07-02 商务咨询服务人员
machine|machines|machinery|equipment|device|devices|apparatus > 设备 机械 # 6-31-01 机械设备修理人员
tool|tools|toolkit > 工具 仪器 # 6-31-01 机械设备修理人员
factory|plant floor|shop floor|production|manufacturing|manufacture|manufacturer|mass production > 生产 制造 车间 # 6-31 生产辅助人员
raw materials|materials|ingredients|batch|batches > 原料 材料 配料 # 6-11-01 化工产品生产通用工艺人员
quality|defect|defects|faults|fault|failure|failures > 质量 缺陷 故障 # 6-31-03 检验试验人员
safety|hazard|hazards|accident|accidents|emergency > 安全 危险 事故 应急 # 6-31-06 安全生产管理人员
data|dataset|datasets|spreadsheet|spreadsheets|excel > 数据 # 2-02-30-09 数据分析处理工程技术人员
computer|computers|laptop|software|app|apps|website|websites > 计算机 软件 程序 网站 # 2-02-10 信息和通信工程技术人员
electric|electrical|electricity|power supply > 电气 电力 用电 # 2-02-11 电气工程技术人员
environment|environmental|pollution|pollutants|emission > 环境 污染 排放 # 2-02-27 环境保护工程技术人员
`;
