namespace MineralPlan.Geometry.Interchange;

/// <summary>
/// The attribute names of exported and imported features. Where DOMAIN.md quotes the planning
/// database's tables (§1.5 专栏四, §1.6 附表3/附表5: 区块编号, 面积（km2）, 采矿权投放数量（个）, 所在行政区 …)
/// their names are used; the rest are the DSL's Chinese keywords. One name per field, so import reads
/// back exactly what export writes.
/// </summary>
public static class FeatureFields
{
    public const string Id = "标识";
    public const string Feature = "要素";
    public const string Name = "名称";
    public const string Kind = "类型";
    public const string Level = "级别";
    public const string Minerals = "矿种";
    public const string Area = "面积（km2）";
    public const string Code = "编号";
    public const string County = "所在行政区";
    public const string Location = "位置";
    public const string Carries = "落实";
    public const string Rights = "采矿权投放数量（个）";
    public const string ExistingRights = "现有矿业权数（个）";
    public const string MinScale = "最低生产规模";
    public const string MineralClass = "矿类";
    public const string Note = "备注";
    public const string Crs = "坐标系";

    public const string ZoneFeature = "分区";
    public const string BlockFeature = "区块";

    /// <summary>Every name above: anything else a feature carries is imported into 其他属性.</summary>
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        Id, Feature, Name, Kind, Level, Minerals, Area, Code, County, Location, Carries, Rights, ExistingRights, MinScale, MineralClass, Note, Crs,
    };
}
