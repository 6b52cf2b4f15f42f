using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Semantics.Model;

// The typed items of a plan, one record per block kind. Kept in one file because they are one
// vocabulary; each is small. Enum-like fields hold canonical English words from Schema.Words.

/// <summary>指标: a target (专栏一 row).</summary>
public sealed record Indicator : PlanItem
{
    public string? Category { get; init; }

    public string? Group { get; init; }

    public string? Measure { get; init; }

    public Quantity? Value { get; init; }

    public TargetAttribute? Attribute { get; init; }

    public TargetBasis? Basis { get; init; }

    public string? UnitText { get; init; }

    public ImmutableArray<LabelledQuantity> Allocation { get; init; } = [];

    /// <summary>对应: the table item this (text) figure restates; the two must agree.</summary>
    public Reference? SameAs { get; init; }
}

/// <summary>现状: a status fact, a total with parts or a share with its counts.</summary>
public sealed record Fact : PlanItem
{
    public int? Year { get; init; }

    public Quantity? Value { get; init; }

    public string? UnitText { get; init; }

    public string? Measure { get; init; }

    public ImmutableArray<LabelledQuantity> Parts { get; init; } = [];

    /// <summary>其中: named parts of the total that need not cover it ("已发现矿产 27 种，其中金属 10 种"); they add up
    /// to no more than the total, and one named like a 组成 part is no more than that part.</summary>
    public ImmutableArray<LabelledQuantity> Subset { get; init; } = [];

    public Reference? Numerator { get; init; }

    public Reference? Denominator { get; init; }

    /// <summary>对应: the item this (text) figure restates; the two must agree.</summary>
    public Reference? SameAs { get; init; }

    /// <summary>计数: the kind of item this figure counts (最低开采规模 for "18个矿种设置最低规模"), so the plan's own
    /// items of that kind can be held against it.</summary>
    public string? Counts { get; init; }
}

/// <summary>分区: a planning zone of any kind.</summary>
public sealed record Zone : PlanItem
{
    public ZoneKind? ZoneKind { get; init; }

    public PlanLevel? Level { get; init; }

    public Quantity? Area { get; init; }

    public Quantity? Rights { get; init; }

    public Quantity? ExistingRights { get; init; }

    public Quantity? MinScale { get; init; }

    /// <summary>资源储量: the resources the zone holds (a 集中开采区 should hold at least a medium deposit, C13).</summary>
    public Quantity? Reserves { get; init; }

    public string? Location { get; init; }

    public string? County { get; init; }

    public Reference? Carries { get; init; }

    public string? Code { get; init; }

    public Boundary? Boundary { get; init; }
}

/// <summary>区块: an itemised exploration or mining planning block.</summary>
public sealed record PlanningBlock : PlanItem
{
    public BlockKind? BlockKind { get; init; }

    public PlanLevel? Level { get; init; }

    public string? MineralClass { get; init; }

    public Quantity? Area { get; init; }

    public Reference? Carries { get; init; }

    public string? Code { get; init; }

    public string? County { get; init; }

    public string? Location { get; init; }

    public Boundary? Boundary { get; init; }
}

/// <summary>数量: declared numbers of blocks or zones, as a plan states them.</summary>
public sealed record DeclaredCount : PlanItem
{
    /// <summary>A block kind (exploration/mining) or a zone kind.</summary>
    public string? Subject { get; init; }

    /// <summary>The level that drew the counted blocks or zones, when the count is of one level only.</summary>
    public PlanLevel? Level { get; init; }

    public Quantity? Total { get; init; }

    public ImmutableArray<LabelledQuantity> ByLevel { get; init; } = [];

    public ImmutableArray<LabelledQuantity> ByClass { get; init; } = [];

    /// <summary>按矿种: the count broken down by mineral; like the other breakdowns it adds up to the total.</summary>
    public ImmutableArray<LabelledQuantity> ByMineral { get; init; } = [];

    public ImmutableArray<LabelledQuantity> ByRegion { get; init; } = [];

    public Reference? Carries { get; init; }
}

/// <summary>最低开采规模: minimum mining scale for minerals and a mine kind.</summary>
public sealed record MinScale : PlanItem
{
    public MineKind? Mine { get; init; }

    public Quantity? Value { get; init; }

    public Quantity? Approx { get; init; }

    public Reference? Carries { get; init; }
}

/// <summary>矿种方向: what a plan says of minerals for exploration or mining.</summary>
public sealed record Direction : PlanItem
{
    public Activity? Activity { get; init; }

    public Stance? Stance { get; init; }

    public string? Condition { get; init; }
}

/// <summary>准入: an admission rule.</summary>
public sealed record AdmissionRule : PlanItem
{
    public string? RuleKind { get; init; }

    public string? Text { get; init; }

    public Quantity? Value { get; init; }
}

/// <summary>开采总量: an extraction total and its allocation.</summary>
public sealed record Quota : PlanItem
{
    public string? Measure { get; init; }

    public Quantity? Value { get; init; }

    public TargetAttribute? Attribute { get; init; }

    public string? UnitText { get; init; }

    public ImmutableArray<LabelledQuantity> Allocation { get; init; } = [];
}

/// <summary>项目: a major project.</summary>
public sealed record Project : PlanItem
{
    public string? ProjectKind { get; init; }

    public string? Region { get; init; }

    public PlanLevel? Level { get; init; }

    public string? Text { get; init; }

    /// <summary>边界: where the project works (a block over a 省级 financed exploration project waits for it, C16).</summary>
    public Boundary? Boundary { get; init; }
}

/// <summary>附图: a figure.</summary>
public sealed record Figure : PlanItem
{
    public string? Scale { get; init; }
}

/// <summary>例外: a finding the plan's authors accept, with their reason.</summary>
public sealed record Acceptance : PlanItem
{
    public string? RuleCode { get; init; }

    public Reference? Target { get; init; }

    public string? Reason { get; init; }
}

/// <summary>表格: a 专栏/表/附表, from data (<see cref="Source"/>) or with literal rows.</summary>
public sealed record PlanTable : PlanItem
{
    public TableKind? TableKind { get; init; }

    public string? Source { get; init; }

    /// <summary>Filter on the source items' kind (e.g. 集中开采区 for zones).</summary>
    public string? SourceKind { get; init; }

    /// <summary>条目: the items of the source that the table shows, in this order (all of them when empty).</summary>
    public ImmutableArray<Reference> Selection { get; init; } = [];

    public ImmutableArray<TableColumn> Columns { get; init; } = [];

    public ImmutableArray<ImmutableArray<TableCell>> Rows { get; init; } = [];

    public ImmutableArray<InterpolatedText> Notes { get; init; } = [];
}

public sealed record TableColumn(string Header, string? Field, SourceSpan Span);

/// <summary>A literal cell: text (which may interpolate data, <c>"{count.by_region.开原市}"</c>), a quantity or a reference to data.</summary>
public sealed record TableCell(string? Text, Quantity? Quantity, Reference? Reference, SourceSpan Span)
{
    public InterpolatedText? Template { get; init; }
}
