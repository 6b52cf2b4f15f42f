using System.Collections.Frozen;

namespace MineralPlan.Semantics.Schema;

/// <summary>The schema of every block kind. Keys are canonical (English) spellings from <see cref="Words"/>.</summary>
public static class Schemas
{
    private const string Text = "para insert";
    private const string Common = "note attributes";

    public static readonly FrozenDictionary<string, BlockSchema> ByKind = new[]
    {
        BlockSchema.Of("plan", LabelShape.Id,
            "title level region region_full_name region_code parent parent_title parent_doc_no base_year period outlook status issuer date reconstruction numbering subregions boundary crs " + Common,
            children: "basis"),
        BlockSchema.Of("basis", LabelShape.Title, "doc_no " + Common),
        BlockSchema.Of("indicator", LabelShape.IdAndName,
            "name category group minerals measure value attribute basis unit_text allocation same_as " + Common),
        BlockSchema.Of("fact", LabelShape.IdAndName, "name year value unit_text parts subset ratio minerals measure same_as counts " + Common),
        BlockSchema.Of("zone", LabelShape.IdAndName,
            "name kind level minerals area rights existing_rights min_scale reserves location county carries code boundary crs " + Common),
        BlockSchema.Of("block", LabelShape.IdAndName,
            "name kind level minerals mineral_class area carries code county location boundary crs " + Common),
        BlockSchema.Of("count", LabelShape.IdAndName, "kind level total by_level by_class by_mineral by_region minerals carries " + Common),
        BlockSchema.Of("min_scale", LabelShape.IdAndName, "minerals mine value approx carries " + Common),
        BlockSchema.Of("direction", LabelShape.IdAndName, "activity stance minerals condition " + Common),
        BlockSchema.Of("rule", LabelShape.IdAndName, "kind text minerals value " + Common),
        BlockSchema.Of("quota", LabelShape.IdAndName, "minerals measure value attribute allocation unit_text " + Common),
        BlockSchema.Of("project", LabelShape.IdAndName, "name kind minerals region level text boundary crs " + Common),
        BlockSchema.Of("table", LabelShape.IdAndName, "title kind from items columns row note", repeatable: "row note"),
        BlockSchema.Of("figure", LabelShape.IdAndName, "title scale " + Common),
        BlockSchema.Of("chapter", LabelShape.Title, "numbered " + Text, repeatable: Text, children: "section item"),
        BlockSchema.Of("section", LabelShape.Title, "numbered " + Text, repeatable: Text, children: "item"),
        BlockSchema.Of("item", LabelShape.Title, "numbered " + Text, repeatable: Text, children: "subitem"),
        BlockSchema.Of("subitem", LabelShape.Title, "numbered " + Text, repeatable: Text),
        BlockSchema.Of("preamble", LabelShape.None, "para", repeatable: "para"),
        BlockSchema.Of("notice", LabelShape.Title, "doc_no addressee para issuer date", repeatable: "para"),
        BlockSchema.Of("accept", LabelShape.IdAndName, "rule target reason"),
        BlockSchema.Of("application", LabelShape.IdAndName, "name right minerals annual_scale within mine note"),
        BlockSchema.Of("mineral", LabelShape.Title,
            "aliases mineral_class kind_of registration_class default_measure default_unit " + Common),
    }.ToFrozenDictionary(s => s.Kind, StringComparer.Ordinal);

    /// <summary>Blocks allowed at the top of a file.</summary>
    public static readonly FrozenSet<string> TopLevel = new[]
    {
        "plan", "indicator", "fact", "zone", "block", "count", "min_scale", "direction", "rule", "quota", "project",
        "table", "figure", "chapter", "preamble", "notice", "accept", "mineral",
    }.ToFrozenSet(StringComparer.Ordinal);
}
