using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Geometry.Spatial;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Geometry.Rules;

/// <summary>The second place of a spatial finding: another boundary in this plan or in a parent plan.</summary>
internal static class Related
{
    public static RelatedLocation Here(Placed other) =>
        new(other.Span, $"the boundary of '{other.Name}'", $"“{other.Name}”的边界");

    public static RelatedLocation InParent(Placed other, Plan parent) =>
        new(other.Span, $"the boundary of '{other.Name}' in {parent.Header.Id}", $"上级规划 {parent.Header.Id} 中“{other.Name}”的边界");
}
