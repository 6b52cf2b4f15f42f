using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Semantics.Model;

/// <summary>A dotted reference as written (<c>上级.ZK01</c>, <c>mines2020.大中型</c>).</summary>
public sealed record Reference(ImmutableArray<string> Parts, SourceSpan Span)
{
    public string Text => string.Join(".", Parts);

    public override string ToString() => Text;
}
