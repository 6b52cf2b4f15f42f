using System.Collections.Concurrent;
using System.Reflection;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MineralPlan.Rendering.Word;

/// <summary>
/// Puts the children of WordprocessingML property elements (pPr, rPr, tblPr, tcPr, tblBorders …) in the order
/// their schema sequence demands. Word reports a file with children out of order as unreadable content and
/// offers to repair it. The SDK's typed property setters (<c>pPr.SpacingBetweenLines = …</c>) insert at the
/// schema position; this re-sets every child through its setter, so the code that builds a document may
/// append properties in whatever order reads best.
/// </summary>
public static class SchemaOrder
{
    private static readonly Type[] PropertyBags =
    [
        typeof(ParagraphProperties), typeof(RunProperties), typeof(StyleParagraphProperties), typeof(StyleRunProperties),
        typeof(TableProperties), typeof(TableCellProperties), typeof(TableRowProperties), typeof(TableBorders),
        typeof(TableCellBorders), typeof(TableCellMarginDefault), typeof(TableCellMargin), typeof(SectionProperties),
        typeof(ParagraphMarkRunProperties), typeof(NumberingProperties), typeof(ParagraphBorders),
    ];

    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<Type, PropertyInfo>> Setters = new();

    public static void Apply(OpenXmlElement root)
    {
        foreach (var bag in root.Descendants().Where(e => PropertyBags.Contains(e.GetType())).ToList())
        {
            Reorder((OpenXmlCompositeElement)bag);
        }
    }

    private static void Reorder(OpenXmlCompositeElement bag)
    {
        var setters = Setters.GetOrAdd(bag.GetType(), type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0 && typeof(OpenXmlElement).IsAssignableFrom(p.PropertyType))
            .GroupBy(p => p.PropertyType)
            .ToDictionary(g => g.Key, g => g.First()));
        var children = bag.ChildElements.ToList();
        if (children.Any(c => !setters.ContainsKey(c.GetType())))
        {
            // A child with no typed slot (an extension, a repeated element) cannot be placed by the SDK; leave the bag as built.
            return;
        }

        bag.RemoveAllChildren();
        foreach (var child in children)
        {
            setters[child.GetType()].SetValue(bag, child);
        }
    }
}
