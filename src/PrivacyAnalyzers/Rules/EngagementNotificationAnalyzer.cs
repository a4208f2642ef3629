using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// The engine behind PRIV002 and PRIV003: a notification sink reached in an event context of the rule's kind, directly
    /// or through methods of the same compilation. Operation actions only, so squiggles appear while typing.
    /// </summary>
    /// <remarks>
    /// Every call and object creation of the compilation passes through here, so what depends only on the method body
    /// (its event context) is settled once per body, through the model's last-body memo, not once per call.
    /// </remarks>
    internal static class EngagementNotifications
    {
        public static void Register(CompilationStartAnalysisContext start, EngagementKind kind, DiagnosticDescriptor rule)
        {
            var models = PrivacyModels.Of(start.Compilation, start.Options);
            start.RegisterOperationAction(
                context => Analyze(context, models.For(context.Operation.Syntax.SyntaxTree), kind, rule),
                OperationKind.Invocation,
                OperationKind.ObjectCreation);
        }

        private static void Analyze(OperationAnalysisContext context, PrivacyModel model, EngagementKind kind, DiagnosticDescriptor rule)
        {
            var operation = context.Operation;

            // An object creation can only be a sink (a notification object), and most create DTOs and collections: the
            // created type's name settles those before any event context is looked for.
            if (operation.Kind == OperationKind.ObjectCreation && !model.Sinks.IsSink(operation))
            {
                return;
            }

            // Most code runs in no event context: that is settled first (once per body, plus the branches around the
            // call), so that sinks and helpers are only classified, and summaries only read, on event paths.
            var eventContext = model.Contexts.Find(operation, context.ContainingSymbol);
            if (eventContext.Kind != kind)
            {
                return;
            }

            // Silent on code that does not compile. Asked only on event paths: the context reads none of the call's
            // symbols, and most calls leave before this.
            if (operation.Type?.TypeKind == TypeKind.Error || HasErrors(operation))
            {
                return;
            }

            string sink;
            var chain = string.Empty;
            if (model.Sinks.IsSink(operation))
            {
                if (model.Recipients.IsAddressedToActor(operation))
                {
                    return;
                }

                sink = NotificationSinks.Describe(operation);
            }
            else if (IsHelperCall(operation, context.ContainingSymbol, model.Reach, out var helper))
            {
                var reached = model.Reach.FindChain(helper, model.Contexts, operation.SemanticModel, context.CancellationToken);
                if (reached is null)
                {
                    return;
                }

                sink = helper.Name;
                chain = " through " + reached;
            }
            else
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(rule, operation.Syntax.GetLocation(), sink, eventContext.Reason, chain));
        }

        /// <summary>
        /// A call to another method of this compilation. Local functions and lambdas are analyzed as part of their
        /// containing method, so calling one is no helper call; nor is a method calling itself.
        /// </summary>
        private static bool IsHelperCall(IOperation operation, ISymbol? caller, NotificationReach reach, out IMethodSymbol helper)
        {
            helper = (operation as IInvocationOperation)?.TargetMethod!;
            return helper is not null
                && helper.MethodKind is not (MethodKind.LocalFunction or MethodKind.AnonymousFunction)
                && reach.IsInSource(helper)
                && !SymbolEqualityComparer.Default.Equals(helper.OriginalDefinition, caller);
        }

        private static bool HasErrors(IOperation operation) =>
            operation is IInvocationOperation { TargetMethod: null } || operation is IInvalidOperation;
    }
}
