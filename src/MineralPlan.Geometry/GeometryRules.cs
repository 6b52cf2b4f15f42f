using MineralPlan.Checking;
using MineralPlan.Geometry.Rules;

namespace MineralPlan.Geometry;

/// <summary>
/// Every spatial rule, in code order, for a host to run beside <see cref="RuleRegistry.All"/>:
/// <c>RuleRegistry.All.Concat(GeometryRules.Create(workingDirectory))</c>. The rules share one reading of
/// the plan's boundaries per check.
/// </summary>
public static class GeometryRules
{
    /// <param name="root">The folder the plans' displayed paths are relative to (where GIS files are found from).</param>
    public static IReadOnlyList<IRule> Create(string root) => Create(new GeometrySettings(root));

    /// <param name="settings">Shared by the rules: one reading of each plan's boundaries for every check they run.</param>
    public static IReadOnlyList<IRule> Create(GeometrySettings settings)
    {
        const string reading = "DOMAIN.md §2.10 (拐点坐标: rings, the packed string, CGCS2000); grammar/LANGUAGE.md 边界/坐标系";
        return
        [
            new ReadingRule(GeometryDiagnostics.RingNotClosed, reading, settings),
            new ReadingRule(GeometryDiagnostics.TooFewPoints, reading, settings),
            new ReadingRule(GeometryDiagnostics.InvalidShape, reading + "; OGC simple-feature validity", settings),
            new ReadingRule(GeometryDiagnostics.OutsideZone, reading + "; 3° Gauss-Krüger zone = central meridian ± 1.5°", settings),
            new ReadingRule(GeometryDiagnostics.UnknownCrs, reading, settings),
            new ReadingRule(GeometryDiagnostics.BadPacked, reading + "; field ZB of MNR block records", settings),
            new ReadingRule(GeometryDiagnostics.FeatureNotFound, reading + " (\"file.geojson#id\", \"file.shp#index\")", settings),
            new ReadingRule(GeometryDiagnostics.OutsideWorkspace, "README: files a plan refers to stay inside the workspace", settings),
            new AreaMismatchRule(settings),
            new BlockOverlapRule(settings),
            new ZoneOverlapRule(settings),
            new OutsideRegionRule(settings),
            new ConcentratedOverlapRule(settings),
            new CarriedGeometryRule(settings),
            new CityBlockOverlapRule(settings),
            new BasicUnitBlockRule(settings),
            new FinancedProjectOverlapRule(settings),
        ];
    }

    /// <summary>The rules that need a layer of existing rights (<c>check --rights</c>), run beside <see cref="Create"/>.</summary>
    public static IReadOnlyList<IRule> ForRights(string root, Rights.ExistingRights rights) =>
        [new Rights.RightsOverlapRule(new GeometrySettings(root), rights)];
}
