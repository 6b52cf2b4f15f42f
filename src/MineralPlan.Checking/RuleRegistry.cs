using MineralPlan.Checking.Rules;

namespace MineralPlan.Checking;

/// <summary>Every built-in rule, in code order. A meta-test checks each is registered and documented.</summary>
public static class RuleRegistry
{
    public static readonly IReadOnlyList<IRule> All =
    [
        new PartsSumRule(),
        new MixedUnitsRule(),
        new RatioRule(),
        new MeasureUnitRule(),
        new PeriodRule(),
        new DeclaredCountRule(),
        new ForeignRegionRule(),
        new SameAsRule(),
        new IndicatorSanityRule(),
        new FactYearRule(),
        new BasisDocumentRule(),
        new RegionNameRule(),
        new ListedWithoutContentRule(),
        new ReferredButAbsentRule(),
        new AchievableShareRule(),
        new ListedCountRule(),
        new SelfContradictoryDirectionRule(),
        new Rules.TextTables.TextOnlyTargetRule(),
        new Rules.TextTables.UnstatedTableTargetRule(),
        new Rules.TextTables.TextTableFigureRule(),
        new OneNameRule(),
        new DeclaredButAbsentRule(),
        new ConcentratedZoneReservesRule(),
        new ApprovalAuthorityRule(),
        new BlockMineralRule(),
        new BlockAuthorityRule(),
        new SubsetRule(),
        new ParentLevelRule(),
        new ParentPeriodRule(),
        new CarriedItemRule(),
        new CarriedMismatchRule(),
        new MinScaleBelowParentRule(),
        new MinScaleCompletenessRule(),
        new DirectionConflictRule(),
        new AllotmentRule(),
        new QuotaAllocationRule(),
        new BindingRelaxedRule(),
        new ChildrenAllotmentRule(),
        new ParentTitleRule(),
        new CitedPlanTitleRule(),
    ];
}
