namespace MineralPlan.Geometry;

/// <summary>
/// What the spatial rules need from the host: <see cref="Root"/> is the folder that the plans' displayed
/// paths are relative to (the CLI's working directory), so GIS files referenced by a boundary are found
/// beside the plan file that names them.
/// </summary>
public sealed record GeometrySettings(string Root)
{
    /// <summary>The plans' boundaries, read once per plan for the rules made with these settings.</summary>
    internal Spatial.BoundaryCache Boundaries { get; } = new();
}
