using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Rules;

namespace PrivacyAnalyzers.Benchmarks
{
    /// <summary>Every analyzer PrivacyAnalyzers ships, found by reflection, so new rules are measured without edits here.</summary>
    internal static class AnalyzerSet
    {
        public static ImmutableArray<DiagnosticAnalyzer> PrivacyAnalyzers { get; } =
            AnalyzersIn(typeof(CreatorFacingAudienceIdentifierAnalyzer).Assembly);

        public static ImmutableArray<DiagnosticAnalyzer> Empty { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer());

        /// <summary>The analyzers an assembly ships, in the order of their type names.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> AnalyzersIn(Assembly assembly) =>
            assembly.GetTypes()
                .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
                .OrderBy(type => type.Name, StringComparer.Ordinal)
                .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
                .ToImmutableArray();

        /// <summary>The rule ids an analyzer reports, for tables: "PRIV002", "PRIV000".</summary>
        public static string Ids(DiagnosticAnalyzer analyzer) =>
            string.Join(",", analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
    }

    /// <summary>
    /// The baseline: an analyzer that asks for the same kinds of callbacks as PrivacyAnalyzers (symbols, operations,
    /// operation blocks, attributes, syntax trees, compilation end) and does nothing in them, so what it costs is the
    /// analyzer driver's own work: binding every body into operations and dispatching the callbacks.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class EmptyAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Descriptor = new(
            "EMPTY0001", "Empty", "Empty", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                start.RegisterSymbolAction(_ => { }, SymbolKind.NamedType, SymbolKind.Property, SymbolKind.Field);
                start.RegisterOperationAction(_ => { }, OperationKind.Invocation, OperationKind.ObjectCreation);
                start.RegisterOperationBlockAction(_ => { });
                start.RegisterCompilationEndAction(_ => { });
            });
            context.RegisterSyntaxNodeAction(_ => { }, Microsoft.CodeAnalysis.CSharp.SyntaxKind.Attribute);
            context.RegisterSyntaxTreeAction(_ => { });
        }
    }
}
