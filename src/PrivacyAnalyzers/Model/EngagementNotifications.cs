using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// The engine behind PRIV002 and PRIV003: a notification sink reached in an event context of the rule's kind, directly
    /// or through methods of the same compilation. Operation actions only, so squiggles appear while typing.
    /// </summary>
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
            var reach = model.Reach;
            if (operation.Type?.TypeKind == TypeKind.Error || HasErrors(operation))
            {
                return;
            }

            var sink = model.Sinks.Describe(operation);
            if (sink is not null && model.Recipients.IsAddressedToActor(operation))
            {
                return;
            }

            // Local functions and lambdas are analyzed as part of their containing method, so calling one is no helper call.
            var isHelperCall = sink is null && operation is IInvocationOperation call
                && call.TargetMethod.MethodKind is not (MethodKind.LocalFunction or MethodKind.AnonymousFunction)
                && reach.IsInSource(call.TargetMethod)
                && !SymbolEqualityComparer.Default.Equals(call.TargetMethod.OriginalDefinition, context.ContainingSymbol);
            if (sink is null && !isHelperCall)
            {
                return;
            }

            // The context is cheap (cached per method); only calls in a matching context pay for a summary.
            var eventContext = model.Contexts.Find(operation, context.ContainingSymbol);
            if (eventContext.Kind != kind)
            {
                return;
            }

            var chain = string.Empty;
            if (sink is null)
            {
                var reached = reach.FindChain(((IInvocationOperation)operation).TargetMethod, context.CancellationToken);
                if (reached is null)
                {
                    return;
                }

                sink = ((IInvocationOperation)operation).TargetMethod.Name;
                chain = " through " + reached;
            }

            context.ReportDiagnostic(Diagnostic.Create(rule, operation.Syntax.GetLocation(), sink, eventContext.Reason, chain));
        }

        private static bool HasErrors(IOperation operation) =>
            operation is IInvocationOperation { TargetMethod: null } || operation is IInvalidOperation;
    }
}
