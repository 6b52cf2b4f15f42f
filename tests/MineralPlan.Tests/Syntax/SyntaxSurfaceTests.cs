using MineralPlan.Syntax;
using MineralPlan.Syntax.Parsing;
using MineralPlan.Syntax.Tree;

namespace MineralPlan.Tests.Syntax;

/// <summary>
/// The parts of the syntax layer other layers lean on without a parse of their own: the editor's lexical tokens, a
/// parse's error flag, a dotted name's text, and which syntax findings make an input unreadable (exit 2).
/// </summary>
public sealed class SyntaxSurfaceTests
{
    [Fact]
    public void Lexical_tokens_give_comments_texts_and_braces_with_their_offsets()
    {
        const string text = "分区 a { // 注\n名称: \"甲\" }";
        var tokens = LexicalTokens.Of(text);

        Assert.Equal(
            [
                new LexicalToken(LexicalKind.Other, 0, 2),
                new LexicalToken(LexicalKind.Other, 3, 4),
                new LexicalToken(LexicalKind.OpenBrace, 5, 6),
                new LexicalToken(LexicalKind.Comment, 7, 11),
                new LexicalToken(LexicalKind.Other, 12, 14),
                new LexicalToken(LexicalKind.Other, 14, 15),
                new LexicalToken(LexicalKind.Text, 16, 19),
                new LexicalToken(LexicalKind.CloseBrace, 20, 21),
            ],
            tokens.Where(t => text[t.Start..t.End].Trim().Length > 0));
        Assert.Equal("// 注", text[tokens.Single(t => t.Kind == LexicalKind.Comment).Start..tokens.Single(t => t.Kind == LexicalKind.Comment).End]);
    }

    [Fact]
    public void Lexical_tokens_of_half_typed_text_never_fail()
    {
        var tokens = LexicalTokens.Of("分区 a { 名称: \"未闭合");
        Assert.Equal(LexicalKind.OpenBrace, tokens.Single(t => t.Start == 5).Kind);
        Assert.DoesNotContain(tokens, t => t.Kind == LexicalKind.CloseBrace);
        Assert.Empty(LexicalTokens.Of(string.Empty));
    }

    [Fact]
    public void A_parse_has_errors_only_when_a_finding_is_an_error()
    {
        Assert.False(PlanParser.Parse("分区 a { 名称: \"甲\" }", "a.mplan").HasErrors);
        Assert.True(PlanParser.Parse("分区 a { 名称: }", "a.mplan").HasErrors);
    }

    [Fact]
    public void A_dotted_name_keeps_its_dots()
    {
        var document = PlanParser.Parse("分区 a { 落实: 上级.GK01 }", "a.mplan").Document;
        var block = Assert.IsType<BlockSyntax>(Assert.Single(document.Members));
        var property = Assert.IsType<PropertySyntax>(Assert.Single(block.Members));
        Assert.Equal("上级.GK01", Assert.IsType<ReferenceSyntax>(property.Value).Text);
    }

    [Fact]
    public void Only_input_that_cannot_be_read_as_plan_text_is_unreadable()
    {
        Assert.True(SyntaxDiagnostics.UnreadableFile.UnreadableInput);
        Assert.True(SyntaxDiagnostics.BinaryFile.UnreadableInput);
        Assert.True(SyntaxDiagnostics.NotRegularFile.UnreadableInput);
        Assert.False(SyntaxDiagnostics.ConvertedEncoding.UnreadableInput);
        Assert.False(SyntaxDiagnostics.NestingTooDeep.UnreadableInput);
        Assert.False(SyntaxDiagnostics.ControlCharacter.UnreadableInput);
    }
}
