using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;
using MineralPlan.Syntax.Tree;

namespace MineralPlan.Semantics.Binding;

/// <summary>
/// Reads <c>边界</c> (and <c>坐标系</c>; a 坐标系 without 边界 gives a boundary with no shape that carries only
/// the coordinate system): a text is either a GIS feature reference (<c>"file.geojson#id"</c>, <c>"file.shp#3"</c>)
/// or the packed corner-point string; a list is rings of points:
/// <c>[[x1, y1, x2, y2, ...], 挖空 = [x1, y1, ...]]</c> — each ring a flat list of coordinate pairs, a ring
/// labelled 挖空/hole is a hole of the polygon before it.
/// </summary>
internal static class BoundaryReader
{
    private static readonly HashSet<string> HoleLabels = new(StringComparer.OrdinalIgnoreCase) { "挖空", "hole", "内环" };

    public static Boundary? Read(BlockReader r)
    {
        var crs = r.Text("crs");
        if (r.Get("boundary") is not { } p)
        {
            // A 坐标系 alone (typically on the 规划 header) still says how the plan's other boundaries read.
            return crs is not null && r.Get("crs") is { } c ? new Boundary([], null, null, crs, c.Span) : null;
        }

        switch (p.Value)
        {
            case TextSyntax t when t.Value.Contains('#', StringComparison.Ordinal) && !char.IsDigit(t.Value.TrimStart()[0]):
                return new Boundary([], null, t.Value, crs, p.Span);
            case TextSyntax t:
                return new Boundary([], t.Value, null, crs, p.Span);
            case ListSyntax list:
                var rings = ImmutableArray.CreateBuilder<BoundaryRing>();
                foreach (var element in list.Elements)
                {
                    if (element.Value is not ListSyntax ring || ring.Elements.Any(e => e.Value is not QuantitySyntax { Unit: null }) || ring.Elements.Length % 2 != 0)
                    {
                        r.WrongValue(p.Key.Text, element.Value, new("a ring: a list of x, y numbers in pairs", "环：成对的 x, y 坐标列表"));
                        continue;
                    }

                    var points = ImmutableArray.CreateBuilder<BoundaryPoint>(ring.Elements.Length / 2);
                    for (var i = 0; i < ring.Elements.Length; i += 2)
                    {
                        var x = (QuantitySyntax)ring.Elements[i].Value;
                        var y = (QuantitySyntax)ring.Elements[i + 1].Value;
                        var span = x.Span with { Length = y.Span.Offset + y.Span.Length - x.Span.Offset, EndLine = y.Span.EndLine, EndColumn = y.Span.EndColumn };
                        points.Add(new BoundaryPoint(x.Number, y.Number, span));
                    }

                    rings.Add(new BoundaryRing(points.MoveToImmutable(), element.Label is { } l && HoleLabels.Contains(l.Text), element.Span));
                }

                return new Boundary(rings.ToImmutable(), null, null, crs, p.Span);
            default:
                r.WrongValue(p.Key.Text, p.Value, new("rings of coordinates, a packed corner-point string, or \"file#feature\"", "坐标环、拐点坐标串或“文件#要素”"));
                return null;
        }
    }
}
