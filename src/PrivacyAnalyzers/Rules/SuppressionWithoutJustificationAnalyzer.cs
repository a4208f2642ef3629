using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Baseline;
using PrivacyAnalyzers.Internals;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// PRIV100: a privacy finding may be suppressed, but never silently: <c>[SuppressMessage]</c> needs a real
    /// <c>Justification</c>, <c>#pragma warning disable PRIVnnn</c> a comment on its line. See docs/rules/PRIV100.md.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SuppressionWithoutJustificationAnalyzer : DiagnosticAnalyzer
    {
        private const string RulePrefix = "PRIV";

        internal static readonly DiagnosticDescriptor Rule = DiagnosticDescriptorHelper.Create(
            RuleIdentifiers.SuppressionWithoutJustification,
            title: "Suppression of a privacy rule without a justification",
            messageFormat: "{0} suppresses {1} without saying why; {2}",
            RuleCategories.Governance,
            DiagnosticSeverity.Warning,
            description: "Suppressing a privacy finding is a decision a reviewer must be able to check. A [SuppressMessage] of a PRIV rule needs a Justification that is not a placeholder; a #pragma warning disable of a PRIV rule needs a comment on the same line.");

        /// <summary>Justifications that tools and people write to be filled in later.</summary>
        private static readonly string[] Placeholders = { "<Pending>", "Pending", "TODO", "TBD", "FIXME", "N/A", "NA", "-", "...", "none" };

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxNodeAction(AnalyzeAttribute, SyntaxKind.Attribute);
            context.RegisterSyntaxTreeAction(AnalyzePragmas);
        }

        private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context)
        {
            var attribute = (AttributeSyntax)context.Node;

            // Prune by name before binding: only SuppressMessage (or an alias spelled the same) can suppress.
            if (attribute.ArgumentList is not { Arguments.Count: >= 2 } arguments
                || !SimpleName(attribute.Name).StartsWith("SuppressMessage", StringComparison.Ordinal))
            {
                return;
            }

            if (context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol { ContainingType: { } type }
                || type.Name != "SuppressMessageAttribute"
                || !Symbols.IsNamespace(type.ContainingNamespace, "System.Diagnostics.CodeAnalysis"))
            {
                return;
            }

            var checkId = ConstantString(context, arguments.Arguments[1].Expression);
            if (checkId is null || !checkId.StartsWith(RulePrefix, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            string? justification = null;
            string? target = null;
            foreach (var argument in arguments.Arguments)
            {
                switch (argument.NameEquals?.Name.Identifier.ValueText)
                {
                    case "Justification":
                        justification = ConstantString(context, argument.Expression);
                        break;
                    case "Target":
                        target = ConstantString(context, argument.Expression);
                        break;
                }
            }

            if (!IsReason(justification))
            {
                // An assembly-level attribute names what it suppresses in its Target: that is what tells two of them apart.
                var anchor = "[SuppressMessage] " + RuleId(checkId) + (target is null ? string.Empty : " " + target);
                var properties = Fingerprints.Add(ImmutableDictionary<string, string?>.Empty, Rule, context.ContainingSymbol, anchor);
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule, attribute.GetLocation(), properties, "[SuppressMessage]", RuleId(checkId), "set Justification to the reason a reviewer can check"));
            }
        }

        private static void AnalyzePragmas(SyntaxTreeAnalysisContext context)
        {
            var root = (CSharpSyntaxNode)context.Tree.GetRoot(context.CancellationToken);

            // From directive to directive: the tree knows where they are, so no other trivia is visited.
            for (var directive = root.GetFirstDirective(); directive is not null; directive = directive.GetNextDirective())
            {
                if (directive is not PragmaWarningDirectiveTriviaSyntax pragma
                    || !pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword))
                {
                    continue;
                }

                var suppressed = SuppressedPrivacyRule(pragma);
                if (suppressed is not null && !IsReason(SameLineComment(pragma)))
                {
                    // The directive without its comment: from '#' to the last rule id.
                    var span = TextSpan.FromBounds(pragma.SpanStart, pragma.ErrorCodes.Last().Span.End);
                    // A directive belongs to no declaration that the tree alone can name: the file is its place.
                    var properties = Fingerprints.Add(ImmutableDictionary<string, string?>.Empty, Rule, enclosing: null, "#pragma " + suppressed);
                    context.ReportDiagnostic(Diagnostic.Create(
                        Rule, Location.Create(context.Tree, span), properties, "#pragma warning disable", suppressed, "add a comment on the same line with the reason a reviewer can check"));
                }
            }
        }

        private static string? SuppressedPrivacyRule(PragmaWarningDirectiveTriviaSyntax pragma)
        {
            foreach (var code in pragma.ErrorCodes)
            {
                var text = code.ToString().Trim();
                if (text.StartsWith(RulePrefix, StringComparison.OrdinalIgnoreCase))
                {
                    return text;
                }
            }

            return null;
        }

        /// <summary>The text of a <c>// comment</c> that ends the directive's line, or null.</summary>
        private static string? SameLineComment(PragmaWarningDirectiveTriviaSyntax pragma)
        {
            foreach (var trivia in pragma.DescendantTrivia())
            {
                if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia))
                {
                    return trivia.ToString().Substring(2);
                }

                if (trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
                {
                    var text = trivia.ToString();
                    return text.Substring(2, Math.Max(0, text.Length - 4));
                }
            }

            return null;
        }

        private static bool IsReason(string? text)
        {
            var trimmed = text?.Trim();
            return !string.IsNullOrEmpty(trimmed)
                && !Array.Exists(Placeholders, placeholder => string.Equals(placeholder, trimmed, StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>"PRIV001:Creator-facing type …" names the rule by its id.</summary>
        private static string RuleId(string checkId)
        {
            var colon = checkId.IndexOf(':');
            return (colon < 0 ? checkId : checkId.Substring(0, colon)).Trim();
        }

        private static string? ConstantString(SyntaxNodeAnalysisContext context, ExpressionSyntax expression) =>
            context.SemanticModel.GetConstantValue(expression, context.CancellationToken) is { HasValue: true, Value: string text } ? text : null;

        private static string SimpleName(NameSyntax name) => name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };
    }
}
