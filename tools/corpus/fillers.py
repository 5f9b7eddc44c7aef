# Slot fillers shared by the templates in templates.py.
BRAND_EN = ["Nike", "Adidas", "Apple", "Louis Vuitton", "Chanel", "Gucci", "Rolex", "Bosch", "Philips", "Dyson",
            "Lego", "Canon", "Siemens", "Michelin", "Nestle", "Estee Lauder", "Under Armour", "New Balance",
            "Moutai", "Wuliangye", "Huawei", "Xiaomi", "Lenovo", "Li-Ning", "Anta", "Haier", "Midea",
            # Names the classifier's brand cue does not know, as most brands in real tips are: the model
            # has to learn a trademark tip from what it says, not from a name it recognises.
            "Colgate", "Gillette", "L'Oreal", "Pampers", "Johnnie Walker", "Castrol", "Zippo", "Ray-Ban",
            "Converse", "Levi's", "Casio", "Swarovski", "Montblanc", "Durex", "Uniqlo", "Oral-B", "Golden Dragon",
            "Bluebird"]
BRAND_ZH = ["耐克", "阿迪达斯", "苹果", "路易威登", "香奈儿", "古驰", "劳力士", "博世", "飞利浦", "戴森", "乐高",
            "佳能", "西门子", "米其林", "雀巢", "雅诗兰黛", "茅台", "五粮液", "华为", "小米", "联想", "李宁", "安踏",
            "海尔", "美的", "老干妈", "云南白药", "同仁堂",
            "高露洁", "吉列", "欧莱雅", "帮宝适", "尊尼获加", "嘉实多", "雷朋", "匡威", "李维斯", "卡西欧", "施华洛世奇", "万宝龙",
            "杜蕾斯", "优衣库", "金龙鱼", "农夫山泉", "蒙牛", "伊利", "格力", "洽洽", "旺旺", "六神"]
PRODUCT_EN = ["sneakers", "handbags", "watches", "earphones", "phone chargers", "power drills", "razors",
              "vacuum cleaners", "toy bricks", "camera batteries", "car tyres", "baby formula", "face cream",
              "running shoes", "liquor", "sunglasses", "perfume", "football shirts", "toothpaste", "shampoo",
              "motor oil", "cigarettes", "energy drinks", "jeans", "batteries", "lipstick", "cooking oil",
              "instant noodles"]
PRODUCT_ZH = ["运动鞋", "手提包", "手表", "耳机", "充电器", "电钻", "剃须刀", "吸尘器", "积木", "相机电池", "轮胎",
              "奶粉", "面霜", "跑鞋", "白酒", "墨镜", "香水", "球衣", "洗发水", "口罩", "牙膏", "机油", "香烟", "饮料", "口红",
              "食用油", "方便面", "牛仔裤", "电池", "酱油"]
GADGET_EN = ["folding bicycle lock", "water pump", "LED driver circuit", "massage chair mechanism", "phone stand",
             "battery clip", "coffee grinder burr", "pressure valve", "solar charge controller", "stroller hinge",
             "window cleaning robot", "drone propeller guard", "medical syringe", "door closer"]
GADGET_ZH = ["折叠自行车锁", "水泵", "LED驱动电路", "按摩椅机芯", "手机支架", "电池夹", "磨豆机刀盘", "减压阀",
             "太阳能控制器", "婴儿车铰链", "擦窗机器人", "无人机桨叶保护罩", "医用注射器", "闭门器", "电饭煲内胆"]
WORK_EN = ["our new movie", "the TV series we produced", "our mobile game", "our accounting software",
           "the textbook we publish", "our music album", "the animated film", "our online course videos",
           "our photo library", "the novel we publish", "our design software", "our children's picture books",
           "the football match broadcast", "our map data"]
WORK_ZH = ["我们的新电影", "我们出品的电视剧", "我们的手机游戏", "我们的财务软件", "我们出版的教材", "我们的音乐专辑",
           "动画电影", "我们的网课视频", "我们的图片库", "我们出版的小说", "我们的设计软件", "儿童绘本",
           "足球比赛直播", "我们的地图数据"]
SECRET_EN = ["customer list", "supplier price list", "formula for our coating", "source code of our trading system",
             "production process for the alloy", "recipe for our sauce", "chip layout files",
             "bidding documents", "drawings of the new gearbox", "sales data of all distributors", "fermentation process"]
SECRET_ZH = ["客户名单", "供应商报价单", "涂料配方", "交易系统的源代码", "合金生产工艺", "酱料配方", "芯片版图文件",
             "投标文件", "新变速箱的图纸", "全部经销商的销售数据", "发酵工艺参数"]
CROP_EN = ["hybrid rice", "maize", "wheat", "soybean", "cotton", "rapeseed", "watermelon", "tomato", "potato", "cucumber"]
CROP_ZH = ["杂交水稻", "玉米", "小麦", "大豆", "棉花", "油菜", "西瓜", "番茄", "马铃薯", "黄瓜", "辣椒"]
TREE_EN = ["poplar", "eucalyptus", "camellia oil tree", "bamboo", "ginkgo", "Chinese fir", "rose", "peony", "walnut tree"]
TREE_ZH = ["杨树", "桉树", "油茶", "竹子", "银杏", "杉木", "月季", "牡丹", "核桃树", "红豆杉"]
VARIETY_EN = ["Longping 206", "Zhengdan 958", "Jimai 22", "Golden Sun", "Red Star 3", "Huanong 11", "Yuxiang 88"]
VARIETY_ZH = ["隆平206", "郑单958", "济麦22", "金阳光", "红星3号", "华农11号", "豫香88", "中油杉1号"]
CITY_EN = ["Putian", "Yiwu", "Guangzhou", "Shenzhen", "Wenzhou", "Dongguan", "Linyi", "Quanzhou", "Shantou"]
CITY_ZH = ["莆田", "义乌", "广州", "深圳", "温州", "东莞", "临沂", "泉州", "汕头", "石家庄"]
PLATFORM_EN = ["Taobao", "Pinduoduo", "JD.com", "a WeChat shop", "Douyin live stream", "Xianyu", "an app store",
               "a website", "Kuaishou live stream", "1688.com"]
PLATFORM_ZH = ["淘宝", "拼多多", "京东", "微信小店", "抖音直播间", "闲鱼", "应用商店", "一个网站", "快手直播", "1688"]
COUNTRY_EN = ["Dubai", "Russia", "Nigeria", "Brazil", "Germany", "Vietnam", "the US", "Malaysia"]
COUNTRY_ZH = ["迪拜", "俄罗斯", "尼日利亚", "巴西", "德国", "越南", "美国", "马来西亚"]
PORT_EN = ["Ningbo port", "Yantian port", "Qingdao port", "Shanghai port", "the Horgos border crossing"]
PORT_ZH = ["宁波港", "盐田港", "青岛港", "上海港", "霍尔果斯口岸"]
COURIER_EN = ["SF Express", "ZTO", "YTO", "a courier", "China Post", "express parcels", "EMS"]
COURIER_ZH = ["顺丰", "中通", "圆通", "快递", "邮政", "韵达", "EMS"]
COMPANY_EN = ["a trading company", "a small workshop", "a competitor", "our former distributor", "a factory",
              "a start-up", "a printing house"]
COMPANY_ZH = ["一家贸易公司", "一个小作坊", "竞争对手", "我们以前的经销商", "一家工厂", "一家初创公司", "一家印刷厂"]
