using System;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Rename;
using PrivacyAnalyzers.Rules;
using Xunit;
using Xunit.Sdk;

namespace PrivacyAnalyzers.Tests.Verifiers
{
    public sealed class VerifierTests
    {
        private const string OneBadField = "class C { int [|Bad|]; }";

        // ---- Analyzer verification ----

        [Fact]
        public Task Passes_when_diagnostics_match_the_markup() =>
            CSharpAnalyzerVerifier<BadFieldAnalyzer>.VerifyAnalyzerAsync("""
                class C
                {
                    int [|Bad|];
                }

                class D
                {
                    int {|BAD001:Bad|};
                    int Fine;
                }
                """);

        [Fact]
        public Task Passes_when_clean_source_has_no_markup() =>
            CSharpAnalyzerVerifier<BadFieldAnalyzer>.VerifyAnalyzerAsync("class C { int Fine; }");

        [Fact]
        public Task Passes_when_markup_spreads_over_several_documents() =>
            CSharpAnalyzerVerifier<BadFieldAnalyzer>.VerifyAnalyzerAsync(
            [
                "class C { int [|Bad|]; }",
                "class D { int Fine; }",
                "class E { int [|Bad|]; }",
            ]);

        [Fact]
        public async Task Fails_when_a_diagnostic_is_reported_at_a_different_span()
        {
            var failure = await Assert.ThrowsAnyAsync<XunitException>(() =>
                CSharpAnalyzerVerifier<BadFieldAnalyzer>.VerifyAnalyzerAsync("class C { [|int Bad|]; }"));

            Assert.Contains("Diagnostics do not match", failure.Message);
        }

        [Fact]
        public async Task Fails_when_an_expected_diagnostic_is_missing()
        {
            var failure = await Assert.ThrowsAnyAsync<XunitException>(() =>
                CSharpAnalyzerVerifier<BadFieldAnalyzer>.VerifyAnalyzerAsync("class C { int [|Fine|]; }"));

            Assert.Contains("Actual 0:", failure.Message);
        }

        [Fact]
        public async Task Fails_when_an_unexpected_diagnostic_is_reported()
        {
            var failure = await Assert.ThrowsAnyAsync<XunitException>(() =>
                CSharpAnalyzerVerifier<BadFieldAnalyzer>.VerifyAnalyzerAsync("class C { int Bad; }"));

            Assert.Contains("Expected 0:", failure.Message);
        }

        [Fact]
        public async Task Fails_when_the_expected_id_differs()
        {
            await Assert.ThrowsAnyAsync<XunitException>(() =>
                CSharpAnalyzerVerifier<BadFieldAnalyzer>.VerifyAnalyzerAsync("class C { int {|OTHER01:Bad|}; }"));
        }

        [Fact]
        public async Task Fails_when_the_diagnostic_is_expected_in_another_document()
        {
            await Assert.ThrowsAnyAsync<XunitException>(() =>
                CSharpAnalyzerVerifier<BadFieldAnalyzer>.VerifyAnalyzerAsync(["class C { int [|Fine|]; }", "class D { int Bad; }"]));
        }

        [Fact]
        public async Task Reports_actual_diagnostics_with_location_message_and_markup()
        {
            var failure = await Assert.ThrowsAnyAsync<XunitException>(() =>
                CSharpAnalyzerVerifier<BadFieldAnalyzer>.VerifyAnalyzerAsync("class C\n{\n    int Bad;\n}"));

            Assert.Contains("/0/Test0.cs(3,9): BAD001 Field 'Bad' is bad", failure.Message);
            Assert.Contains("        ^^^", failure.Message);
            Assert.Contains("int {|BAD001:Bad|};", failure.Message);
        }

        [Fact]
        public Task Accepts_compiler_errors_declared_in_markup() =>
            CSharpAnalyzerVerifier<BadFieldAnalyzer>.VerifyAnalyzerAsync("class C { {|CS0246:Missing|} [|Bad|]; }");

        [Fact]
        public async Task Fails_when_the_test_source_does_not_compile()
        {
            var failure = await Assert.ThrowsAnyAsync<XunitException>(() =>
                CSharpAnalyzerVerifier<BadFieldAnalyzer>.VerifyAnalyzerAsync("class C { Missing [|Bad|]; }"));

            Assert.Contains("Test source does not compile", failure.Message);
            Assert.Contains("/0/Test0.cs(1,11): error CS0246", failure.Message);
        }

        [Fact]
        public async Task Fails_when_the_analyzer_throws()
        {
            var failure = await Assert.ThrowsAnyAsync<XunitException>(() =>
                CSharpAnalyzerVerifier<ThrowingAnalyzer>.VerifyAnalyzerAsync("class C { }"));

            Assert.Contains(ThrowingAnalyzer.Message, failure.Message);
        }

        [Fact]
        public Task Reads_options_from_a_global_analyzer_config() =>
            CSharpAnalyzerVerifier<OptionsAnalyzer>.VerifyAnalyzerAsync(
                "class {|GLOBAL1:C|} { int {|TREE001:field|}; }",
                editorConfig: """
                    is_global = true
                    privacy.foo = bar
                    """);

        [Fact]
        public Task Reads_options_from_an_editorconfig_section() =>
            CSharpAnalyzerVerifier<OptionsAnalyzer>.VerifyAnalyzerAsync(
                "class C { int {|TREE001:field|}; }",
                editorConfig: """
                    root = true

                    [*.cs]
                    privacy.foo = bar
                    """);

        [Fact]
        public Task Compiles_against_the_ASP_NET_Core_shared_framework() =>
            CSharpAnalyzerVerifier<BadFieldAnalyzer>.VerifyAnalyzerAsync("""
                using Microsoft.AspNetCore.Identity;
                using Microsoft.AspNetCore.Mvc;
                using Microsoft.AspNetCore.SignalR;

                public sealed class FeedController(IHubContext<Hub> hub) : ControllerBase
                {
                    public IHubContext<Hub> Hub { get; } = hub;
                    public IdentityUser? Owner { get; set; }
                }
                """);

        [Fact]
        public Task Runs_a_shipped_analyzer_on_clean_source() =>
            CSharpAnalyzerVerifier<CreatorFacingAudienceIdentifierAnalyzer>.VerifyAnalyzerAsync(
                "public sealed class WeatherReport { public int Temperature { get; set; } }");

        // ---- Code fix verification ----

        [Fact]
        public Task Applies_the_fix_to_every_diagnostic() =>
            CSharpCodeFixVerifier<BadFieldAnalyzer, RenameBadFieldFix>.VerifyCodeFixAsync(
                "class C { int [|Bad|]; } class D { int [|Bad|]; }",
                "class C { int Good; } class D { int Good; }");

        [Fact]
        public Task Applies_the_code_action_chosen_by_equivalence_key() =>
            CSharpCodeFixVerifier<BadFieldAnalyzer, RenameBadFieldFix>.VerifyCodeFixAsync(
                OneBadField,
                "class C { int Better; }",
                equivalenceKey: RenameBadFieldFix.BetterKey);

        [Fact]
        public Task Compares_every_document_a_fix_changes() =>
            CSharpCodeFixVerifier<BadFieldAnalyzer, RenameBadFieldFix>.VerifyCodeFixAsync(
                ["public class C { public int [|Bad|]; }", "class D { int Read(C c) => c.Bad; }"],
                ["public class C { public int Good; }", "class D { int Read(C c) => c.Good; }"]);

        [Fact]
        public Task Passes_when_diagnostics_left_after_fixing_are_marked() =>
            CSharpCodeFixVerifier<BadFieldAnalyzer, RenameBadFieldFix>.VerifyCodeFixAsync(
                "class C { int [|Bad|]; } class D { static int [|Bad|]; }",
                "class C { int Good; } class D { static int [|Bad|]; }");

        [Fact]
        public async Task Fails_when_a_diagnostic_left_after_fixing_is_not_marked()
        {
            var failure = await Assert.ThrowsAnyAsync<XunitException>(() =>
                CSharpCodeFixVerifier<BadFieldAnalyzer, RenameBadFieldFix>.VerifyCodeFixAsync(
                    "class C { int [|Bad|]; } class D { static int [|Bad|]; }",
                    "class C { int Good; } class D { static int Bad; }"));

            Assert.Contains("Diagnostics do not match", failure.Message);
        }

        [Fact]
        public async Task Fails_when_the_fixed_text_differs()
        {
            var failure = await Assert.ThrowsAnyAsync<XunitException>(() =>
                CSharpCodeFixVerifier<BadFieldAnalyzer, RenameBadFieldFix>.VerifyCodeFixAsync(
                    "class C\n{\n    int [|Bad|];\n}",
                    "class C\n{\n    int Best;\n}"));

            Assert.Contains("- " + "    int Best;", failure.Message);
            Assert.Contains("+ " + "    int Good;", failure.Message);
        }

        [Fact]
        public Task Ignores_line_ending_style_when_comparing_fixed_text() =>
            CSharpCodeFixVerifier<BadFieldAnalyzer, RenameBadFieldFix>.VerifyCodeFixAsync(
                "class C\r\n{\r\n    int [|Bad|];\r\n}",
                "class C\n{\n    int Good;\n}");

        [Fact]
        public async Task Fails_when_the_fixed_code_does_not_compile()
        {
            var failure = await Assert.ThrowsAnyAsync<XunitException>(() =>
                CSharpCodeFixVerifier<BadFieldAnalyzer, BreakingFix>.VerifyCodeFixAsync(
                    OneBadField,
                    "class C { Undefined Bad; }"));

            Assert.Contains("Fixed code does not compile", failure.Message);
        }

        // ---- Fix All verification ----

        private static readonly string[] BadFieldsInThreeDocuments =
        [
            "class C { int [|Bad|]; }",
            "class D { int [|Bad|]; }",
            "class E { int [|Bad|]; }",
        ];

        [Fact]
        public Task Fixes_every_document_in_solution_scope() =>
            CSharpCodeFixVerifier<BadFieldAnalyzer, RenameBadFieldFix>.VerifyFixAllAsync(
                BadFieldsInThreeDocuments,
                ["class C { int Good; }", "class D { int Good; }", "class E { int Good; }"],
                FixAllScope.Solution);

        [Fact]
        public Task Fixes_every_document_in_project_scope() =>
            CSharpCodeFixVerifier<BadFieldAnalyzer, RenameBadFieldFix>.VerifyFixAllAsync(
                BadFieldsInThreeDocuments,
                ["class C { int Better; }", "class D { int Better; }", "class E { int Better; }"],
                FixAllScope.Project,
                equivalenceKey: RenameBadFieldFix.BetterKey);

        [Fact]
        public Task Fixes_only_the_first_document_in_document_scope() =>
            CSharpCodeFixVerifier<BadFieldAnalyzer, RenameBadFieldFix>.VerifyFixAllAsync(
                ["class C { int [|Bad|]; } class C2 { int [|Bad|]; }", "class D { int [|Bad|]; }"],
                ["class C { int Good; } class C2 { int Good; }", "class D { int [|Bad|]; }"],
                FixAllScope.Document);

        [Fact]
        public Task Fixes_only_the_first_project_in_project_scope() =>
            CSharpCodeFixVerifier<BadFieldAnalyzer, RenameBadFieldFix>.VerifyFixAllAsync(
                [["public class C { int [|Bad|]; }"], ["class D { int [|Bad|]; }"]],
                [["public class C { int Good; }"], ["class D { int [|Bad|]; }"]],
                FixAllScope.Project);

        [Fact]
        public Task Fixes_every_project_in_solution_scope() =>
            CSharpCodeFixVerifier<BadFieldAnalyzer, RenameBadFieldFix>.VerifyFixAllAsync(
                [["public class C { int [|Bad|]; }"], ["class D : C { int [|Bad|]; }"]],
                [["public class C { int Good; }"], ["class D : C { int Good; }"]],
                FixAllScope.Solution);

        [Fact]
        public async Task Fails_when_the_fix_all_result_differs()
        {
            await Assert.ThrowsAnyAsync<XunitException>(() =>
                CSharpCodeFixVerifier<BadFieldAnalyzer, RenameBadFieldFix>.VerifyFixAllAsync(
                    BadFieldsInThreeDocuments,
                    ["class C { int Good; }", "class D { int Good; }", "class E { int [|Bad|]; }"],
                    FixAllScope.Solution));
        }

        // ---- Test analyzers and fixers ----

        /// <summary>BAD001 on every field named <c>Bad</c>.</summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class BadFieldAnalyzer : DiagnosticAnalyzer
        {
            public static readonly DiagnosticDescriptor Rule = new(
                "BAD001", "Bad field", "Field '{0}' is bad", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterSymbolAction(
                    symbolContext =>
                    {
                        if (symbolContext.Symbol.Name == "Bad")
                        {
                            symbolContext.ReportDiagnostic(Diagnostic.Create(Rule, symbolContext.Symbol.Locations[0], symbolContext.Symbol.Name));
                        }
                    },
                    SymbolKind.Field);
            }
        }

        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
        {
            public const string Message = "The test analyzer failed on purpose.";

            private static readonly DiagnosticDescriptor Rule = new(
                "THROW01", "Throws", "Throws", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterSymbolAction(_ => throw new InvalidOperationException(Message), SymbolKind.NamedType);
            }
        }

        /// <summary>
        /// Reports where <c>privacy.foo = bar</c> arrives: GLOBAL1 on each type when the global options carry it,
        /// TREE001 on each field when the options of the field's syntax tree carry it.
        /// </summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class OptionsAnalyzer : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor GlobalRule = new(
                "GLOBAL1", "Global option", "privacy.foo arrived globally", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            private static readonly DiagnosticDescriptor TreeRule = new(
                "TREE001", "Tree option", "privacy.foo arrived for the tree", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(GlobalRule, TreeRule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterSymbolAction(
                    symbolContext =>
                    {
                        var provider = symbolContext.Options.AnalyzerConfigOptionsProvider;
                        var location = symbolContext.Symbol.Locations[0];
                        var (rule, options) = symbolContext.Symbol.Kind == SymbolKind.NamedType
                            ? (GlobalRule, provider.GlobalOptions)
                            : (TreeRule, provider.GetOptions(location.SourceTree!));
                        if (options.TryGetValue("privacy.foo", out var value) && value == "bar")
                        {
                            symbolContext.ReportDiagnostic(Diagnostic.Create(rule, location));
                        }
                    },
                    SymbolKind.NamedType,
                    SymbolKind.Field);
            }
        }

        /// <summary>
        /// Renames a flagged field across the solution to <c>Good</c> (or <c>Better</c>).
        /// Leaves static fields alone, so tests can see diagnostics that survive fixing.
        /// </summary>
        private sealed class RenameBadFieldFix : CodeFixProvider
        {
            public const string GoodKey = "Good";
            public const string BetterKey = "Better";

            public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(BadFieldAnalyzer.Rule.Id);

            public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

            public override async Task RegisterCodeFixesAsync(CodeFixContext context)
            {
                var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken);
                var model = await context.Document.GetSemanticModelAsync(context.CancellationToken);
                var declarator = root!.FindNode(context.Span).FirstAncestorOrSelf<VariableDeclaratorSyntax>();
                if (declarator is null || model!.GetDeclaredSymbol(declarator, context.CancellationToken) is not IFieldSymbol { IsStatic: false } field)
                {
                    return;
                }

                foreach (var name in new[] { GoodKey, BetterKey })
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            $"Rename to {name}",
                            token => Renamer.RenameSymbolAsync(context.Document.Project.Solution, field, new SymbolRenameOptions(), name, token),
                            equivalenceKey: name),
                        context.Diagnostics);
                }
            }
        }

        /// <summary>Replaces the flagged field's type with one that does not exist.</summary>
        private sealed class BreakingFix : CodeFixProvider
        {
            public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(BadFieldAnalyzer.Rule.Id);

            public override FixAllProvider? GetFixAllProvider() => null;

            public override async Task RegisterCodeFixesAsync(CodeFixContext context)
            {
                var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken);
                var declaration = root!.FindNode(context.Span).FirstAncestorOrSelf<VariableDeclarationSyntax>()!;
                var broken = root.ReplaceNode(declaration.Type, SyntaxFactory.IdentifierName("Undefined").WithTriviaFrom(declaration.Type));
                context.RegisterCodeFix(
                    CodeAction.Create("Break it", _ => Task.FromResult(context.Document.WithSyntaxRoot(broken)), equivalenceKey: nameof(BreakingFix)),
                    context.Diagnostics);
            }
        }
    }
}
