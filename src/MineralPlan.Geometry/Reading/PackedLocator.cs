using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Geometry.Packed;
using MineralPlan.Syntax;

namespace MineralPlan.Geometry.Reading;

/// <summary>
/// Maps a value of a packed corner-point string to its place in the plan file, so a finding points at
/// the very number at fault. Falls back to the whole 边界 property when the text is not available
/// (a parent plan from a plugin) or the string was written with escapes.
/// </summary>
internal sealed class PackedLocator
{
    private readonly SourceText? _source;
    private readonly SourceSpan _fallback;
    private readonly int _contentStart;
    private readonly ImmutableArray<(string Text, int Start, int End)> _tokens;

    private PackedLocator(SourceText? source, SourceSpan fallback, int contentStart, ImmutableArray<(string, int, int)> tokens)
    {
        _source = source;
        _fallback = fallback;
        _contentStart = contentStart;
        _tokens = tokens;
    }

    public static PackedLocator For(SourceText? source, SourceSpan property, string packed)
    {
        if (source is null)
        {
            return new PackedLocator(null, property, 0, []);
        }

        var end = Math.Min(source.Text.Length, property.Offset + property.Length);
        var quote = source.Text.IndexOf('"', property.Offset, Math.Max(0, end - property.Offset));
        var start = quote + 1;
        var exact = quote >= 0 && start + packed.Length <= source.Text.Length && string.CompareOrdinal(source.Text, start, packed, 0, packed.Length) == 0;
        return exact ? new PackedLocator(source, property, start, PackedReader.Tokens(packed)) : new PackedLocator(null, property, 0, []);
    }

    /// <summary>The span of value <paramref name="first"/> through value <paramref name="last"/> (token indexes).</summary>
    public SourceSpan At(int first, int? last = null)
    {
        if (_source is null || _tokens.IsEmpty)
        {
            return _fallback;
        }

        var a = _tokens[Math.Clamp(first, 0, _tokens.Length - 1)];
        var b = _tokens[Math.Clamp(last ?? first, 0, _tokens.Length - 1)];
        return _source.Span(_contentStart + a.Start, _contentStart + Math.Max(b.End, a.Start + 1));
    }
}
