namespace MineralPlan.Abstractions.Diagnostics;

/// <summary>
/// A range of source text. Lines and columns are 1-based; columns count UTF-16 code units, which is
/// what editors report for the BMP Chinese characters plans are written in.
/// </summary>
public readonly record struct SourceSpan(string File, int Offset, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    public static SourceSpan None(string file) => new(file, 0, 0, 1, 1, 1, 1);

    public bool Contains(SourceSpan other) =>
        other.File == File && other.Offset >= Offset && other.Offset + other.Length <= Offset + Length;

    public override string ToString() => $"{File}:{Line}:{Column}";
}
