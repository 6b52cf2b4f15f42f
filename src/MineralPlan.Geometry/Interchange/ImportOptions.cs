using MineralPlan.Geometry.Crs;

namespace MineralPlan.Geometry.Interchange;

/// <summary>
/// How <c>mplan import</c> reads a layer: the kind (and level) of features that do not say theirs,
/// the coordinate system when the file does not say it, and which attributes hold ids and names.
/// </summary>
public sealed record ImportOptions(string? Kind = null, string? Level = null, CrsSpec? Crs = null, string? IdField = null, string? NameField = null)
{
    /// <summary>The longest plan text written: what check reads in one file (SourceReader.MaxFileBytes); tests lower it.</summary>
    public long MaxTextLength { get; init; } = Syntax.SourceReader.MaxFileBytes;
}
