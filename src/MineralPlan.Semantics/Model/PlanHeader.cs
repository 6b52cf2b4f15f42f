using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Semantics.Model;

/// <summary>规划: the plan's header.</summary>
public sealed record PlanHeader
{
    public required string Id { get; init; }

    public required SourceSpan Span { get; init; }

    public string? Title { get; init; }

    /// <summary>province, city or county.</summary>
    public PlanLevel? Level { get; init; }

    public string? Region { get; init; }

    public string? RegionFullName { get; init; }

    public string? RegionCode { get; init; }

    public Reference? Parent { get; init; }

    /// <summary>上级标题: the parent plan's title as this plan cites it (an external parent is known by it alone).</summary>
    public string? ParentTitle { get; init; }

    public SourceSpan? ParentTitleSpan { get; init; }

    /// <summary>上级文号: the 文号 the parent plan was issued under.</summary>
    public string? ParentDocNo { get; init; }

    public int? BaseYear { get; init; }

    public int? PeriodFrom { get; init; }

    public int? PeriodTo { get; init; }

    public int? Outlook { get; init; }

    public string? Status { get; init; }

    public string? Issuer { get; init; }

    public string? Date { get; init; }

    public string? Reconstruction { get; init; }

    /// <summary>编号体例: "chapters" (第一章/第一节/一、/（一）, the default) or "items" (一、/（一）/1./（1）).</summary>
    public string? Numbering { get; init; }

    public ImmutableArray<string> Subregions { get; init; } = [];

    public ImmutableArray<BasisDocument> Basis { get; init; } = [];

    public Boundary? Boundary { get; init; }

    public SourceSpan? PeriodSpan { get; init; }

    public SourceSpan? BaseYearSpan { get; init; }
}

public sealed record BasisDocument(string Title, string? DocNo, SourceSpan Span);
