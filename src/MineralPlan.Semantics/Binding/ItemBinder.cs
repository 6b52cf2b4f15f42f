using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Minerals;
using MineralPlan.Semantics.Model;
using MineralPlan.Semantics.Schema;
using MineralPlan.Syntax;
using MineralPlan.Syntax.Tree;

namespace MineralPlan.Semantics.Binding;

/// <summary>Binds one top-level block of a file to a typed model item, one method per block kind.</summary>
internal sealed class ItemBinder(SourceText source, MineralCatalog minerals, DiagnosticBag diagnostics)
{
    public object? Bind(string kind, BlockSyntax block)
    {
        var r = new BlockReader(block, Schemas.ByKind[kind], diagnostics);
        return kind switch
        {
            "plan" => Header(r),
            "indicator" => Indicator(r),
            "fact" => Fact(r),
            "zone" => Zone(r),
            "block" => PlanningBlock(r),
            "count" => Count(r),
            "min_scale" => MinScale(r),
            "direction" => Direction(r),
            "rule" => Rule(r),
            "quota" => Quota(r),
            "project" => Project(r),
            "table" => Table(r),
            "figure" => new Figure { Kind = kind, Id = r.Id, Name = r.Name ?? r.Text("title"), Span = block.Span, Scale = r.Text("scale"), Note = r.Text("note") },
            // Sections, items and subitems are only ever children of a chapter (Schemas.TopLevel), read by Heading.
            "chapter" => Heading(r, 1),
            // An untitled opening (引言): paragraphs before the first chapter, with no heading and no number.
            "preamble" => Heading(r, 1, untitled: true),
            "notice" => Notice(r),
            "accept" => new Acceptance
            {
                Kind = kind, Id = r.Id, Name = r.Name, Span = block.Span,
                RuleCode = r.Text("rule"), Target = r.Ref("target"), Reason = r.Text("reason"),
            },
            "mineral" => Mineral(r),
            _ => null,
        };
    }

    private PlanHeader? Header(BlockReader r)
    {
        r.Require("title", "规划");
        r.Require("level", "规划");
        var period = r.Range("period");
        var level = r.Word<PlanLevel>("level");
        return new PlanHeader
        {
            Id = r.Id ?? "plan",
            Span = r.Block.Span,
            Title = r.Text("title"),
            Level = level,
            Region = r.Text("region"),
            RegionFullName = r.Text("region_full_name"),
            RegionCode = r.Text("region_code"),
            Parent = r.Ref("parent"),
            ParentTitle = r.Text("parent_title"),
            ParentTitleSpan = r.Get("parent_title")?.Value.Span,
            ParentDocNo = r.Text("parent_doc_no"),
            BaseYear = r.Year("base_year"),
            BaseYearSpan = r.Get("base_year")?.Span,
            PeriodFrom = period?.From,
            PeriodTo = period?.To,
            PeriodSpan = period?.Span,
            Outlook = r.Year("outlook"),
            Status = r.Text("status"),
            Issuer = r.Text("issuer"),
            Date = r.Text("date"),
            Reconstruction = r.Text("reconstruction"),
            Numbering = r.Word("numbering", Words.NumberingSchemes),
            Subregions = [.. r.Texts("subregions").Select(t => t.Text)],
            Boundary = BoundaryReader.Read(r),
            Basis = [.. r.Children.Where(c => c.Kind == "basis").Select(c => Basis(c.Block))],
        };
    }

    private BasisDocument Basis(BlockSyntax block)
    {
        var r = new BlockReader(block, Schemas.ByKind["basis"], diagnostics);
        return new BasisDocument(r.Name ?? string.Empty, r.Text("doc_no"), block.Span);
    }

    private Indicator Indicator(BlockReader r) => Common(r, new Indicator
    {
        Kind = "indicator", Id = r.Id, Name = r.Name ?? r.Text("name"), Span = r.Block.Span,
        Category = r.Text("category"),
        Group = r.Text("group"),
        Measure = r.Word("measure", Words.Measures),
        Value = r.Quantity("value"),
        Attribute = r.Word<TargetAttribute>("attribute"),
        Basis = r.Word<TargetBasis>("basis"),
        UnitText = r.Text("unit_text"),
        Allocation = r.Labelled("allocation"),
        SameAs = r.Ref("same_as"),
    });

    private Fact Fact(BlockReader r)
    {
        Reference? numerator = null, denominator = null;
        if (r.Get("ratio") is { } ratio)
        {
            if (ratio.Value is ListSyntax { Elements.Length: 2 } list
                && list.Elements[0].Value is ReferenceSyntax n && list.Elements[1].Value is ReferenceSyntax d)
            {
                numerator = new Reference([.. n.Parts.Select(p => p.Text)], n.Span);
                denominator = new Reference([.. d.Parts.Select(p => p.Text)], d.Span);
            }
            else if (ratio.Value is ListSyntax { Elements: [{ Value: ReferenceSyntax whole }] })
            {
                // [whole] alone: a share of a whole whose part the plan does not state (some whole count must give it).
                denominator = new Reference([.. whole.Parts.Select(p => p.Text)], whole.Span);
            }
            else
            {
                r.WrongValue(ratio.Key.Text, ratio.Value, new("[numerator, denominator] or [whole] references", "[分子, 分母] 或 [总数] 引用"));
            }
        }

        return Common(r, new Fact
        {
            Kind = "fact", Id = r.Id, Name = r.Name ?? r.Text("name"), Span = r.Block.Span,
            Year = r.Year("year"),
            Value = r.Quantity("value"),
            UnitText = r.Text("unit_text"),
            Measure = r.Word("measure", Words.Measures),
            Parts = r.Labelled("parts"),
            Subset = r.Labelled("subset"),
            Numerator = numerator,
            Denominator = denominator,
            SameAs = r.Ref("same_as"),
            Counts = r.Word("counts", Words.Blocks),
        });
    }

    private Zone Zone(BlockReader r) => Common(r, new Zone
    {
        Kind = "zone", Id = r.Id, Name = r.Name ?? r.Text("name"), Span = r.Block.Span,
        ZoneKind = r.Word<ZoneKind>("kind"),
        Level = r.Word<PlanLevel>("level"),
        Area = r.Quantity("area"),
        Rights = r.Quantity("rights"),
        ExistingRights = r.Quantity("existing_rights"),
        MinScale = r.Quantity("min_scale"),
        Reserves = r.Quantity("reserves"),
        Location = r.Text("location"),
        County = r.Text("county"),
        Carries = r.Ref("carries"),
        Code = r.Text("code"),
        Boundary = BoundaryReader.Read(r),
    });

    private PlanningBlock PlanningBlock(BlockReader r) => Common(r, new PlanningBlock
    {
        Kind = "block", Id = r.Id, Name = r.Name ?? r.Text("name"), Span = r.Block.Span,
        BlockKind = r.Word<BlockKind>("kind"),
        Level = r.Word<PlanLevel>("level"),
        MineralClass = r.Word("mineral_class", Words.MineralClasses),
        Area = r.Quantity("area"),
        Carries = r.Ref("carries"),
        Code = r.Text("code"),
        County = r.Text("county"),
        Location = r.Text("location"),
        Boundary = BoundaryReader.Read(r),
    });

    private DeclaredCount Count(BlockReader r)
    {
        string? subject = null;
        if (r.Get("kind") is { } k)
        {
            var text = r.TextOf(k.Key.Text, k.Value);
            subject = text is null ? null : Words.BlockKinds.Canonical(text) ?? Words.ZoneKinds.Canonical(text);
            if (text is not null && subject is null)
            {
                diagnostics.Add(BindDiagnostics.UnknownWord, k.Value.Span, text, new Bilingual("block or zone kind", "区块或分区类型"),
                    Words.BlockKinds.Describe() + "、" + Words.ZoneKinds.Describe());
            }
        }

        return Common(r, new DeclaredCount
        {
            Kind = "count", Id = r.Id, Name = r.Name, Span = r.Block.Span,
            Subject = subject,
            Level = r.Word<PlanLevel>("level"),
            Total = r.Quantity("total"),
            ByLevel = r.Labelled("by_level"),
            ByClass = r.Labelled("by_class"),
            ByMineral = r.Labelled("by_mineral"),
            ByRegion = r.Labelled("by_region"),
            Carries = r.Ref("carries"),
        });
    }

    private MinScale MinScale(BlockReader r) => Common(r, new MinScale
    {
        Kind = "min_scale", Id = r.Id, Name = r.Name, Span = r.Block.Span,
        Mine = r.Word<MineKind>("mine"),
        Value = r.Quantity("value"),
        Approx = r.Quantity("approx"),
        Carries = r.Ref("carries"),
    });

    private Direction Direction(BlockReader r) => Common(r, new Direction
    {
        Kind = "direction", Id = r.Id, Name = r.Name, Span = r.Block.Span,
        Activity = r.Word<Activity>("activity"),
        Stance = r.Word<Stance>("stance"),
        Condition = r.Text("condition"),
    });

    private AdmissionRule Rule(BlockReader r) => Common(r, new AdmissionRule
    {
        Kind = "rule", Id = r.Id, Name = r.Name, Span = r.Block.Span,
        RuleKind = r.Text("kind"),
        Text = r.Text("text"),
        Value = r.Quantity("value"),
    });

    private Quota Quota(BlockReader r) => Common(r, new Quota
    {
        Kind = "quota", Id = r.Id, Name = r.Name, Span = r.Block.Span,
        Measure = r.Word("measure", Words.Measures),
        Value = r.Quantity("value"),
        Attribute = r.Word<TargetAttribute>("attribute"),
        UnitText = r.Text("unit_text"),
        Allocation = r.Labelled("allocation"),
    });

    private Project Project(BlockReader r) => Common(r, new Project
    {
        Kind = "project", Id = r.Id, Name = r.Name ?? r.Text("name"), Span = r.Block.Span,
        ProjectKind = r.Text("kind"),
        Region = r.Text("region"),
        Level = r.Word<PlanLevel>("level"),
        Text = r.Text("text"),
        Boundary = BoundaryReader.Read(r),
    });

    private PlanTable Table(BlockReader r)
    {
        var columns = ImmutableArray.CreateBuilder<TableColumn>();
        if (r.Get("columns") is { } cols)
        {
            if (cols.Value is ListSyntax list)
            {
                foreach (var e in list.Elements)
                {
                    if (e.Label is { } label)
                    {
                        columns.Add(new TableColumn(label.Text, r.TextOf(cols.Key.Text, e.Value), e.Span));
                    }
                    else if (r.TextOf(cols.Key.Text, e.Value) is { } header)
                    {
                        columns.Add(new TableColumn(header, null, e.Span));
                    }
                }
            }
            else
            {
                r.WrongValue(cols.Key.Text, cols.Value, new("a list of headers", "表头列表"));
            }
        }

        var rows = ImmutableArray.CreateBuilder<ImmutableArray<TableCell>>();
        foreach (var row in r.GetAll("row"))
        {
            if (row.Value is not ListSyntax cells)
            {
                r.WrongValue(row.Key.Text, row.Value, new("a list of cells", "单元格列表"));
                continue;
            }

            rows.Add([.. cells.Elements.Select(e => Cell(r, row.Key.Text, e.Value))]);
        }

        // 来源 names a collection (指标, 分区 ...) or directly a zone/block kind (集中开采区), which filters zones/blocks.
        string? from = null, sourceKind = null;
        if (r.Get("from") is { } src && r.TextOf(src.Key.Text, src.Value) is { } fromText)
        {
            from = Words.Sources.Canonical(fromText);
            if (from is null && Words.ZoneKinds.Canonical(fromText) is { } zk)
            {
                (from, sourceKind) = ("zones", zk);
            }
            else if (from is null && Words.BlockKinds.Canonical(fromText) is { } bk)
            {
                (from, sourceKind) = ("blocks", bk);
            }
            else if (from is null)
            {
                diagnostics.Add(BindDiagnostics.UnknownWord, src.Value.Span, fromText, Words.Sources.Named,
                    Words.Sources.Describe() + "、" + Words.ZoneKinds.Describe());
            }
        }

        var tableKind = r.Word<TableKind>("kind") ?? TableKind.Table;
        return Build(tableKind);

        PlanTable Build(TableKind tableKind) => new()
        {
            Kind = "table", Id = r.Id, Name = r.Name ?? r.Text("title"), Span = r.Block.Span,
            TableKind = tableKind,
            Source = from,
            SourceKind = sourceKind,
            Selection = Selection(r),
            Columns = columns.ToImmutable(),
            Rows = rows.ToImmutable(),
            Notes = [.. r.GetAll("note").Where(n => n.Value is TextSyntax).Select(n => TextInterpolation.Parse((TextSyntax)n.Value, source, diagnostics))],
        };
    }

    private static ImmutableArray<Reference> Selection(BlockReader r)
    {
        if (r.Get("items") is not { } p)
        {
            return [];
        }

        var values = p.Value is ListSyntax l ? l.Elements.Select(e => e.Value) : [p.Value];
        var result = ImmutableArray.CreateBuilder<Reference>();
        foreach (var v in values)
        {
            if (v is ReferenceSyntax rf)
            {
                result.Add(new Reference([.. rf.Parts.Select(x => x.Text)], rf.Span));
            }
            else
            {
                r.WrongValue(p.Key.Text, v, new("item ids", "条目标识"));
            }
        }

        return result.ToImmutable();
    }

    private TableCell Cell(BlockReader r, string what, ValueSyntax value) => value switch
    {
        TextSyntax t => new TableCell(t.Value, null, null, t.Span)
        {
            Template = t.Raw.Contains('{', StringComparison.Ordinal) ? TextInterpolation.Parse(t, source, diagnostics) : null,
        },
        QuantitySyntax q => new TableCell(null, r.QuantityOf(what, q), null, q.Span),
        ReferenceSyntax rf => new TableCell(null, null, new Reference([.. rf.Parts.Select(p => p.Text)], rf.Span), rf.Span),
        _ => Invalid(r, what, value),
    };

    /// <summary>A list or a range in a cell: refused, and the row keeps an empty cell so its columns stay in place.</summary>
    private static TableCell Invalid(BlockReader r, string what, ValueSyntax value)
    {
        r.WrongValue(what, value, new("a cell: text, a number with its unit or an item id", "单元格：文本、带单位的数值或条目标识"));
        return new(string.Empty, null, null, value.Span);
    }

    private Heading Heading(BlockReader r, int depth, bool untitled = false)
    {
        var content = ImmutableArray.CreateBuilder<DocumentNode>();
        foreach (var member in r.OrderedMembers)
        {
            switch (member)
            {
                case PropertySyntax p when Words.Properties.Canonical(p.Key.Text) == "para":
                    if (p.Value is TextSyntax t)
                    {
                        content.Add(new Paragraph(TextInterpolation.Parse(t, source, diagnostics)));
                    }
                    else
                    {
                        r.WrongValue(p.Key.Text, p.Value, new("text", "文本"));
                    }

                    break;
                case PropertySyntax p when Words.Properties.Canonical(p.Key.Text) == "insert":
                    if (p.Value is ReferenceSyntax rf)
                    {
                        content.Add(new Insertion(new Reference([.. rf.Parts.Select(x => x.Text)], rf.Span), p.Span));
                    }
                    else
                    {
                        r.WrongValue(p.Key.Text, p.Value, new("a table or figure id", "表格或附图标识"));
                    }

                    break;
                case BlockSyntax child when r.Children.FirstOrDefault(c => ReferenceEquals(c.Block, child)).Kind is { } kind:
                    content.Add(Heading(new BlockReader(child, Schemas.ByKind[kind], diagnostics), depth + 1));
                    break;
            }
        }

        return untitled
            ? new Heading(depth, string.Empty, false, content.ToImmutable(), r.Block.Span)
            : new Heading(depth, r.Name ?? string.Empty, r.Boolean("numbered") ?? true, content.ToImmutable(), r.Block.Span);
    }

    private PlanNotice Notice(BlockReader r)
    {
        var paragraphs = ImmutableArray.CreateBuilder<InterpolatedText>();
        foreach (var p in r.GetAll("para"))
        {
            if (p.Value is TextSyntax t)
            {
                paragraphs.Add(TextInterpolation.Parse(t, source, diagnostics));
            }
            else
            {
                r.WrongValue(p.Key.Text, p.Value, new("text", "文本"));
            }
        }

        return new PlanNotice(r.Name ?? string.Empty, r.Text("doc_no"), r.Text("addressee"), paragraphs.ToImmutable(), r.Text("issuer"), r.Text("date"), r.Block.Span);
    }

    private MineralEntry Mineral(BlockReader r)
    {
        int? registration = null;
        if (r.Get("registration_class") is { Value: QuantitySyntax { Unit: null } q } && q.Number is 1 or 2 or 3)
        {
            registration = (int)q.Number;
        }
        else if (r.Get("registration_class") is { } bad)
        {
            r.WrongValue(bad.Key.Text, bad.Value, new("1, 2 or 3 (the first, second or third registration class)", "1、2 或 3（第一、二、三类）"));
        }

        return new MineralEntry(
            r.Name ?? string.Empty,
            [.. r.Texts("aliases").Select(t => t.Text)],
            r.Word("mineral_class", Words.MineralClasses),
            registration,
            r.Word("default_measure", Words.Measures),
            r.Text("default_unit"),
            source.Path)
        {
            KindOf = r.Text("kind_of"),
        };
    }

    private T Common<T>(BlockReader r, T item) where T : PlanItem => item with
    {
        Note = r.Text("note"),
        Minerals = Minerals(r),
        Attributes = Attributes(r),
    };

    private ImmutableArray<MineralRef> Minerals(BlockReader r)
    {
        var result = ImmutableArray.CreateBuilder<MineralRef>();
        foreach (var (text, span) in r.Texts("minerals"))
        {
            var entry = minerals.Find(text);
            if (entry is null)
            {
                diagnostics.Add(BindDiagnostics.UnknownMineral, span, text);
            }

            result.Add(new MineralRef(text, entry, span));
        }

        return result.ToImmutable();
    }

    private ImmutableArray<KeyValuePair<string, string>> Attributes(BlockReader r)
    {
        if (r.Get("attributes") is not { } p)
        {
            return [];
        }

        if (p.Value is not ListSyntax list)
        {
            r.WrongValue(p.Key.Text, p.Value, new("a list `label = value`", "列表 `标签 = 值`"));
            return [];
        }

        var result = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        foreach (var e in list.Elements)
        {
            if (e.Label is null)
            {
                r.WrongValue(p.Key.Text, e.Value, new("labelled elements `label = value`", "带标签的元素"));
                continue;
            }

            var text = e.Value switch
            {
                QuantitySyntax q => r.QuantityOf(p.Key.Text, q)?.Display,
                _ => r.TextOf(p.Key.Text, e.Value),
            };
            if (text is not null)
            {
                result.Add(new(e.Label.Text, text));
            }
        }

        return result.ToImmutable();
    }
}
