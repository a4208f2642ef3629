using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Baseline;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// The engine of the rules about notifications on engagement events (PRIV002, PRIV003): a notification sink reached in
    /// an event context of the rule's kind, directly or through methods of the same compilation (privacy model §6, §7).
    /// Operation actions only, so squiggles appear while typing.
    /// </summary>
    /// <remarks>
    /// Every call and object creation of the compilation passes through here, so the cheap questions come first: whether
    /// a created object can be a notification at all, then the event context (settled once per body, plus the branches
    /// around the call), and only on event paths what the call notifies.
    /// </remarks>
    public abstract class EngagementNotificationAnalyzer : PrivacyModelAnalyzer
    {
        private readonly EngagementKind _kind;

        private protected EngagementNotificationAnalyzer(DiagnosticDescriptor descriptor, EngagementKind kind)
            : base(descriptor)
        {
            _kind = kind;

            // What a notification tells: that someone unfollowed or unliked (social activity), or downloaded, saved or
            // viewed (what they consume).
            CategoryProperties = DataCategories.Properties(kind == EngagementKind.Negative ? DataCategories.SocialActivity : DataCategories.MediaConsumption);
        }

        private ImmutableDictionary<string, string?> CategoryProperties { get; }

        private protected sealed override void RegisterActions(CompilationStartAnalysisContext start, PrivacyModels models) =>
            start.RegisterOperationAction(
                context => Analyze(context, models.For(context.Operation.Syntax.SyntaxTree)),
                OperationKind.Invocation,
                OperationKind.ObjectCreation);

        private void Analyze(OperationAnalysisContext context, PrivacyModel model)
        {
            var operation = context.Operation;

            // An object creation can only be a sink (a notification object), and most create DTOs and collections: the
            // created type's name settles those before any event context is looked for.
            if (operation.Kind == OperationKind.ObjectCreation && !model.Sinks.IsSink(operation))
            {
                return;
            }

            var eventContext = model.Contexts.Find(operation, context.ContainingSymbol);
            if (eventContext.Kind != _kind || DoesNotCompile(operation))
            {
                return;
            }

            var reached = model.Reach.Find(operation, context.ContainingSymbol, context.CancellationToken);
            if (reached is not null)
            {
                var chain = reached.Chain is null ? string.Empty : " through " + reached.Chain;
                var properties = Fingerprints.Add(CategoryProperties, Descriptor, context.ContainingSymbol, reached.Sink);
                context.ReportDiagnostic(Diagnostic.Create(Descriptor, operation.Syntax.GetLocation(), properties, reached.Sink, eventContext.Reason, chain));
            }
        }

        /// <summary>
        /// Silent on code that does not compile. Asked only on event paths: the context reads none of the call's symbols,
        /// and most calls leave before this.
        /// </summary>
        private static bool DoesNotCompile(IOperation operation) =>
            operation.Type?.TypeKind == TypeKind.Error
            || operation is IInvocationOperation { TargetMethod: null }
            || operation is IInvalidOperation;
    }
}
