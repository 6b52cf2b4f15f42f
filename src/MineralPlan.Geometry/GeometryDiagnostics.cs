using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Geometry;

/// <summary>
/// The spatial codes (MP4xxx), in one catalog: reading a boundary (MP4001–MP4007), the spatial rules
/// (MP4008–MP4012) and GIS import (MP4020–MP4022). Each rule in <see cref="GeometryRules"/> owns one of them.
/// Where a message explains a cause, the cause is passed twice (English, then Chinese) and each language
/// uses its own argument.
/// </summary>
public static class GeometryDiagnostics
{
    public static readonly DiagnosticDescriptor RingNotClosed = new(
        "MP4001", DiagnosticSeverity.Error, "Boundary ring not closed",
        "a ring of '{0}' ends at ({1}, {2}) but starts at ({3}, {4}); repeat the first corner point at the end to close it",
        "“{0}”的边界环止于 ({1}, {2})，但起于 ({3}, {4})；请在末尾重复第一个拐点以闭合");

    public static readonly DiagnosticDescriptor TooFewPoints = new(
        "MP4002", DiagnosticSeverity.Error, "Boundary ring has too few points",
        "a ring of '{0}' has {1} distinct corner point(s); a ring needs at least 3, plus the first repeated at the end",
        "“{0}”的边界环只有 {1} 个不同拐点；一个环至少需要 3 个，并在末尾重复第一个");

    public static readonly DiagnosticDescriptor InvalidShape = new(
        "MP4003", DiagnosticSeverity.Error, "Boundary crosses itself",
        "the boundary of '{0}' is not a valid polygon: {1} at ({2}, {3}); reorder the corner points so no edge crosses another",
        "“{0}”的边界不是有效多边形：在 ({2}, {3}) 处{1}；请调整拐点顺序，使各边互不相交");

    public static readonly DiagnosticDescriptor OutsideZone = new(
        "MP4004", DiagnosticSeverity.Error, "Coordinate outside its coordinate system's zone",
        "the corner point ({1}, {2}) of '{0}' is outside {3}: {4}; check the zone number, the coordinate system, or whether x and y are swapped (x is the easting)",
        "“{0}”的拐点 ({1}, {2}) 超出 {3} 的范围：{4}；请检查带号、坐标系，或 x、y 是否写反（x 为横坐标/东坐标）");

    public static readonly DiagnosticDescriptor UnknownCrs = new(
        "MP4005", DiagnosticSeverity.Error, "Unknown coordinate system",
        "the boundary of '{0}' has {1}; write 坐标系: \"CGCS2000 GK3 <zone>\", \"CGCS2000 GK3 CM<degrees>\" or \"CGCS2000 lonlat\"",
        "“{0}”的边界{2}；请写 坐标系: \"CGCS2000 GK3 带号\"、\"CGCS2000 GK3 CM中央经线\" 或 \"CGCS2000 lonlat\"");

    public static readonly DiagnosticDescriptor BadPacked = new(
        "MP4006", DiagnosticSeverity.Error, "Bad packed corner-point string",
        "the corner-point string of '{0}' is malformed: {1}; the form is: number of areas, then per area the point count, the x, y pairs and optionally a tail (0 = main area, -1 = hole) and two values",
        "“{0}”的拐点坐标串格式错误：{1}；格式为：区域数，然后每个区域依次为拐点数、x, y 坐标对，以及可选的标记（0 为主区域，-1 为挖空区）及其后两个值");

    public static readonly DiagnosticDescriptor FeatureNotFound = new(
        "MP4007", DiagnosticSeverity.Error, "GIS feature not found",
        "the boundary of '{0}' refers to '{1}': {2}; check the file name (relative to the plan folder) and the feature id or index",
        "“{0}”的边界引用“{1}”：{2}；请检查文件名（相对于规划文件夹）和要素标识或序号");

    public static readonly DiagnosticDescriptor AreaMismatch = new(
        "MP4008", DiagnosticSeverity.Error, "Declared area differs from the boundary",
        "'{0}' declares 面积 {1} km², but its boundary encloses {2} km² (difference {3} km², more than the tolerance {4} km²); correct the area or the boundary",
        "“{0}”的面积为 {1} km²，但边界围成 {2} km²（相差 {3} km²，超过容差 {4} km²）；请修正面积或边界");

    public static readonly DiagnosticDescriptor ZonesOverlap = new(
        "MP4027", DiagnosticSeverity.Error, "Zones of the same kind overlap",
        "the {1} '{0}' overlaps '{2}' by {3} km²; zones of one kind are separate units (rights, scale, reserves are set per zone): move the shared boundary or merge them",
        "{1}“{0}”与“{2}”重叠 {3} km²；同类分区各自独立（投放、规模、储量按区确定）：请调整共用边界或合并");

    public static readonly DiagnosticDescriptor BlocksOverlap = new(
        "MP4009", DiagnosticSeverity.Error, "Blocks of the same kind overlap",
        "the {1} block '{0}' overlaps '{2}' by {3} km²; one block is granted to one right holder, so blocks of a kind must not overlap: move the shared boundary",
        "{1}规划区块“{0}”与“{2}”重叠 {3} km²；一个区块只设一个矿业权，同类区块不得重叠：请调整共用边界");

    public static readonly DiagnosticDescriptor OutsideRegion = new(
        "MP4010", DiagnosticSeverity.Error, "Outside the plan's region",
        "'{0}' lies {1} km² outside the region of plan '{2}' (of its {3} km²); draw it inside the region's boundary or correct the region",
        "“{0}”有 {1} km²（共 {3} km²）位于规划“{2}”的行政区范围之外；请将其划在行政区边界之内，或修正行政区边界");

    public static readonly DiagnosticDescriptor ConcentratedOverlapsKeyZone = new(
        "MP4011", DiagnosticSeverity.Error, "Concentrated mining zone overlaps an upstream key zone",
        "the concentrated mining zone '{0}' overlaps the {1} '{2}' of plan '{3}' by {4} km²; a concentrated mining zone must stay out of the upper plans' key exploration/mining zones and national planning areas",
        "集中开采区“{0}”与上级规划“{3}”的{1}“{2}”重叠 {4} km²；集中开采区不得与上级规划的重点勘查区、重点开采区和国家规划矿区重叠");

    public static readonly DiagnosticDescriptor CarriedGeometryDiffers = new(
        "MP4012", DiagnosticSeverity.Error, "Carried-out boundary differs from upstream",
        "'{0}' carries out '{1}' of plan '{2}', but their boundaries differ by {3} km² (symmetric difference; tolerance {4} km²); copy the upstream corner points",
        "“{0}”落实规划“{2}”的“{1}”，但两者边界相差 {3} km²（对称差；容差 {4} km²）；请照录上级规划的拐点坐标");

    public static readonly DiagnosticDescriptor CityBlockOverlapsKeyZone = new(
        "MP4013", DiagnosticSeverity.Error, "City-level block overlaps a provincial key zone",
        "the city-level block '{0}' overlaps the {1} '{2}' of plan '{3}' by {4} km²; blocks of minerals the city grants must stay out of key exploration/mining zones of provincial or national level: move the block's boundary",
        "市级区块“{0}”与规划“{3}”的省级以上{1}“{2}”重叠 {4} km²；市级出让登记权限矿种的区块范围不得与省级以上重点勘查开采区重叠：请调整区块边界");

    public static readonly DiagnosticDescriptor BelowBasicUnit = new(
        "MP4028", DiagnosticSeverity.Warning, "Exploration block smaller than one basic unit block",
        "the exploration block '{0}' encloses {1} km², less than one basic unit block (1′ × 1′, {2} km² at latitude {3}°); an exploration block covers at least one: enlarge it or merge it with a neighbour",
        "勘查规划区块“{0}”面积 {1} km²，小于 1 个基本单位区块（经差 1′ × 纬差 1′，北纬 {3}° 处约 {2} km²）；勘查规划区块面积应不小于 1 个基本单位区块：请扩大或与相邻区块合并");

    public static readonly DiagnosticDescriptor OverFinancedProject = new(
        "MP4029", DiagnosticSeverity.Warning, "Block over a financed exploration project",
        "the block '{0}' overlaps the {1} financed exploration project '{2}' of plan '{3}' by {4} km²; a commercial right there is granted only after the project ends and with its consent: say so in the block (or accept it with 例外), or move the block",
        "区块“{0}”与规划“{3}”的{1}财政出资勘查项目“{2}”重叠 {4} km²；该范围内须待项目结束并经同意后方可出让商业性矿业权：请在区块中写明（或以“例外”说明），或调整区块");

    public static readonly DiagnosticDescriptor OutsideWorkspace = new(
        "MP4023", DiagnosticSeverity.Error, "GIS file outside the workspace",
        "the boundary of '{0}' refers to '{1}', which is not followed: {2}",
        "“{0}”的边界引用“{1}”，未予读取：{2}");

    public static readonly DiagnosticDescriptor ImportUnreadable = new(
        "MP4020", DiagnosticSeverity.Error, "GIS file cannot be read",
        "cannot read the GIS file: {0}; give a GeoJSON FeatureCollection (.geojson, .json) or a shapefile (.shp with its .dbf)",
        "无法读取 GIS 文件：{0}；请提供 GeoJSON 要素集（.geojson、.json）或 shapefile（.shp 及其 .dbf）");

    public static readonly DiagnosticDescriptor ImportSkipped = new(
        "MP4021", DiagnosticSeverity.Warning, "Feature skipped on import",
        "feature {0} was skipped: {1}",
        "已跳过要素 {0}：{2}");

    public static readonly DiagnosticDescriptor ImportKindUnknown = new(
        "MP4022", DiagnosticSeverity.Error, "Feature kind unknown on import",
        "feature {0} has no usable 类型 attribute ({1}); pass --kind (集中开采区, 重点勘查区 …, 勘查, 开采) or add the attribute",
        "要素 {0} 没有可用的“类型”属性（{1}）；请加 --kind（集中开采区、重点勘查区……、勘查、开采），或补充该属性");

    public static readonly DiagnosticDescriptor ImportNoGeometry = new(
        "MP4024", DiagnosticSeverity.Warning, "Feature imported without its boundary",
        "feature {0} was written without 边界: {1}; draw or repair its polygon in the GIS and import again",
        "要素 {0} 已导入但没有边界：{1}；请在 GIS 中绘制或修复其多边形后重新导入");

    public static readonly DiagnosticDescriptor ImportNumberDropped = new(
        "MP4025", DiagnosticSeverity.Warning, "Attribute number not imported",
        "feature {0}: the attribute {1} = {2} is not a number a plan can hold (finite, at most 10^15); it was not imported; correct it in the GIS",
        "要素 {0}：属性 {1} = {2} 不是规划可用的数值（须为有限数且不超过 10^15），未导入；请在 GIS 中更正");
}
