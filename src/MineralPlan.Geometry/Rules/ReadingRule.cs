using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Geometry.Spatial;

namespace MineralPlan.Geometry.Rules;

/// <summary>
/// Reports one kind of boundary problem found while reading this plan's boundaries (MP4001–MP4007).
/// Reading happens once per check (<see cref="SpatialContext"/>); each code is its own rule so that its
/// severity can be configured, or turned off, on its own.
/// </summary>
public sealed class ReadingRule(DiagnosticDescriptor descriptor, string source, GeometrySettings settings) : IRule
{
    public DiagnosticDescriptor Descriptor => descriptor;

    public string Source => source;

    public IEnumerable<Diagnostic> Check(RuleContext context) =>
        SpatialContext.Of(context, settings).OwnBoundaries.SelectMany(b => b.Problems).Where(d => d.Descriptor == descriptor);
}
