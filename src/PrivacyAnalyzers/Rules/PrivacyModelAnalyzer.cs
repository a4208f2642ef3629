using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// The base of every rule that asks the privacy model (PRIV001–PRIV005): one descriptor, concurrent execution, generated
    /// code analyzed and reported (generated DTOs, OpenAPI clients and source-generated code leak just as well as
    /// hand-written code), and the privacy models of the compilation handed to the rule when the compilation starts, so
    /// every action it registers is local to a symbol, an operation or a body.
    /// </summary>
    public abstract class PrivacyModelAnalyzer : DiagnosticAnalyzer
    {
        private protected PrivacyModelAnalyzer(DiagnosticDescriptor descriptor)
        {
            Descriptor = descriptor;
            SupportedDiagnostics = ImmutableArray.Create(descriptor);
        }

        public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

        /// <summary>The rule this analyzer reports.</summary>
        private protected DiagnosticDescriptor Descriptor { get; }

        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start => RegisterActions(start, PrivacyModels.Of(start.Compilation, start.Options)));
        }

        /// <summary>Registers the rule's actions; <paramref name="models"/> gives the model of the policy that applies to a file or symbol.</summary>
        private protected abstract void RegisterActions(CompilationStartAnalysisContext start, PrivacyModels models);
    }
}
