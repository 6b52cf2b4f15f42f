namespace MineralPlan.Semantics.Schema;

/// <summary>
/// Every keyword of the language, English and Chinese. This file is the language's dictionary;
/// grammar/LANGUAGE.md documents the same words (a test keeps the two in step).
/// </summary>
public static class Words
{
    /// <summary>The heads of a reference into the plans above (<see cref="UpwardPrefix"/>), in the order the grammar lists them.</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<UpwardPrefix> UpwardPrefixes =
        [new("上级", null), new("parent", null), new("省级", Model.PlanLevel.Province), new("市级", Model.PlanLevel.City)];

    /// <summary>The upward prefix spelled <paramref name="word"/>, or null when it is none.</summary>
    public static UpwardPrefix? FindUpward(string word) => UpwardPrefixes.FirstOrDefault(p => string.Equals(p.Word, word, StringComparison.Ordinal));

    public static readonly Vocabulary Blocks = new("block", "块", [
        new("plan", "规划"),
        new("basis", "依据"),
        new("indicator", "指标"),
        new("fact", "现状"),
        new("zone", "分区"),
        new("block", "区块"),
        new("count", "数量"),
        new("min_scale", "最低开采规模"),
        new("direction", "矿种方向"),
        new("rule", "准入"),
        new("quota", "开采总量"),
        new("project", "项目"),
        new("table", "表格"),
        new("figure", "附图"),
        new("chapter", "章"),
        new("section", "节"),
        new("item", "条"),
        new("subitem", "款"),
        new("accept", "例外"),
        new("mineral", "矿种定义"),
        new("application", "申请"),
        new("preamble", "引言"),
        new("notice", "印发通知"),
    ]);

    public static readonly Vocabulary Properties = new("property", "属性", [
        new("title", "标题"),
        new("level", "级别", "层级"),
        new("region", "行政区"),
        new("region_full_name", "行政区全称"),
        new("region_code", "行政区划代码"),
        new("parent", "上级规划"),
        new("parent_title", "上级标题"),
        new("parent_doc_no", "上级文号"),
        new("base_year", "基期", "基准年"),
        new("period", "规划期"),
        new("outlook", "展望"),
        new("status", "状态"),
        new("issuer", "发布机关"),
        new("date", "日期"),
        new("reconstruction", "重建说明"),
        new("subregions", "下辖行政区"),
        new("doc_no", "文号"),
        new("name", "名称"),
        new("category", "类别"),
        new("group", "分组"),
        new("minerals", "矿种", "mineral"),
        new("measure", "计量"),
        new("value", "值"),
        new("attribute", "属性"),
        new("basis", "口径"),
        new("unit_text", "单位文本"),
        new("year", "年份"),
        new("parts", "组成"),
        new("subset", "其中"),
        new("ratio", "比值"),
        new("kind", "类型"),
        new("area", "面积"),
        new("rights", "投放数量"),
        new("existing_rights", "现有矿业权"),
        new("min_scale", "最低规模"),
        new("reserves", "资源储量", "资源量"),
        new("location", "位置"),
        new("county", "所在行政区"),
        new("carries", "落实"),
        new("note", "备注"),
        new("code", "编号"),
        new("mineral_class", "矿类"),
        new("total", "总数"),
        new("by_level", "按级别"),
        new("by_class", "按矿类"),
        new("by_mineral", "按矿种"),
        new("by_region", "按行政区"),
        new("activity", "活动"),
        new("stance", "方向"),
        new("condition", "条件"),
        new("mine", "矿山类型"),
        new("approx", "约合"),
        new("text", "内容"),
        new("allocation", "分解"),
        new("from", "来源"),
        new("columns", "列"),
        new("row", "行"),
        new("scale", "比例尺"),
        new("numbered", "计号"),
        new("para", "段"),
        new("insert", "插入"),
        new("rule", "规则"),
        new("target", "对象"),
        new("reason", "理由"),
        new("aliases", "别名"),
        new("registration_class", "登记类别"),
        new("kind_of", "所属矿种"),
        new("default_measure", "默认计量"),
        new("default_unit", "默认单位"),
        new("attributes", "其他属性"),
        new("same_as", "对应"),
        new("counts", "计数"),
        new("right", "矿业权"),
        new("annual_scale", "规模"),
        new("within", "位于"),
        new("boundary", "边界"),
        new("crs", "坐标系"),
        new("items", "条目"),
        new("numbering", "编号体例"),
        new("addressee", "主送"),
    ]);

    public static readonly Vocabulary Levels = new("level", "级别", [
        new("national", "国家级", "国家", "部级", "部"),
        new("province", "省级", "省"),
        new("city", "市级", "市"),
        new("county", "县级", "县"),
    ]);

    public static readonly Vocabulary Attributes = new("attribute", "指标属性", [
        new("expected", "预期性"),
        new("binding", "约束性"),
        new("control", "控制性"),
    ]);

    public static readonly Vocabulary Bases = new("basis", "口径", [
        new("cumulative", "累计", "五年累计"),
        new("annual", "年度"),
        new("end_of_period", "期末", "时点"),
    ]);

    public static readonly Vocabulary Measures = new("measure", "计量", [
        new("ore", "矿石量", "矿石"),
        new("metal", "金属量", "金属"),
        new("mineral", "矿物量", "矿物"),
        new("resource", "资源量"),
        new("block_stone", "荒料量", "荒料"),
        new("raw_coal", "原煤"),
        new("heat", "热能"),
    ]);

    public static readonly Vocabulary ZoneKinds = new("zone kind", "分区类型", [
        new("national_planning_area", "国家规划矿区"),
        new("key_exploration", "重点勘查区"),
        new("key_mining", "重点开采区"),
        new("concentrated_mining", "集中开采区", "砂石土集中开采区"),
        new("mining_economy", "矿业经济发展区"),
        new("energy_base", "能源资源基地"),
        new("exploration_development", "勘查开发区"),
    ]);

    public static readonly Vocabulary BlockKinds = new("block kind", "区块类型", [
        new("exploration", "勘查", "勘查规划区块"),
        new("mining", "开采", "开采规划区块"),
    ]);

    public static readonly Vocabulary MineralClasses = new("mineral class", "矿类", [
        new("energy", "能源"),
        new("metal", "金属"),
        new("nonmetal", "非金属"),
        new("water_gas", "水气"),
    ]);

    public static readonly Vocabulary Stances = new("stance", "开发方向", [
        new("key", "主攻", "重点"),
        new("encouraged", "鼓励"),
        new("moderate", "适度"),
        new("restricted", "限制"),
        new("prohibited", "禁止"),
    ]);

    public static readonly Vocabulary Activities = new("activity", "工作类型", [
        new("exploration", "勘查"),
        new("mining", "开采"),
    ]);

    public static readonly Vocabulary MineKinds = new("mine kind", "矿山类型", [
        new("new", "新建"),
        new("expanded", "改扩建"),
        new("new_or_expanded", "新建改扩建", "新建（改扩建）"),
        new("existing", "已有"),
        new("renewal", "延续"),
        new("all", "全部", "新建、改扩建和延续"),
    ]);

    public static readonly Vocabulary TableKinds = new("table kind", "表格类型", [
        new("box", "专栏"),
        new("table", "表"),
        new("appendix", "附表"),
    ]);

    public static readonly Vocabulary Sources = new("table source", "表格来源", [
        new("indicators", "指标"),
        new("zones", "分区"),
        new("blocks", "区块"),
        new("projects", "项目"),
        new("min_scales", "最低开采规模"),
        new("counts", "数量"),
    ]);

    public static readonly Vocabulary RightKinds = new("right kind", "矿业权类型", [
        new("exploration", "探矿权", "勘查"),
        new("mining", "采矿权", "开采"),
    ]);

    public static readonly Vocabulary Booleans = new("yes/no", "是否", [
        new("yes", "是", "true"),
        new("no", "否", "false"),
    ]);

    /// <summary>How a document numbers its headings: 第一章/第一节/一、/（一） or 一、/（一）/1./（1）.</summary>
    public static readonly Vocabulary NumberingSchemes = new("numbering scheme", "编号方式", [
        new("chapters", "章节式"),
        new("items", "条目式"),
    ]);

    public static readonly IReadOnlyList<Vocabulary> All =
        [Blocks, Properties, Levels, Attributes, Bases, Measures, ZoneKinds, BlockKinds, MineralClasses, Stances, Activities, MineKinds, TableKinds, Sources, RightKinds, Booleans, NumberingSchemes];
}
