using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// The engine behind PRIV002 and PRIV003: a notification sink reached in an event context of the rule's kind, directly
    /// or through methods of the same compilation. Operation actions only, so squiggles appear while typing.
    /// </summary>
    /// <remarks>
    /// Every call and object creation of the compilation passes through here, so what depends only on the method body
    /// (its policy, its event context) is settled once per body, at the start of its block, not once per call.
    /// </remarks>
    internal static class EngagementNotifications
    {
        public static void Register(CompilationStartAnalysisContext start, EngagementKind kind, DiagnosticDescriptor rule)
        {
            var models = PrivacyModels.Of(start.Compilation, start.Options);
            start.RegisterOperationBlockStartAction(block =>
            {
                var model = models.For(block.FilterTree);
                var body = model.Contexts.ForBody(block.OwningSymbol);
                block.RegisterOperationAction(
                    context => Analyze(context, model, body, kind, rule),
                    OperationKind.Invocation,
                    OperationKind.ObjectCreation);
            });
        }

        private static void Analyze(OperationAnalysisContext context, PrivacyModel model, BodyEventContext body, EngagementKind kind, DiagnosticDescriptor rule)
        {
            var operation = context.Operation;
            var reach = model.Reach;
            if (operation.Type?.TypeKind == TypeKind.Error || HasErrors(operation))
            {
                return;
            }

            var isSink = model.Sinks.IsSink(operation);

            // Local functions and lambdas are analyzed as part of their containing method, so calling one is no helper call.
            var isHelperCall = !isSink && operation is IInvocationOperation call
                && call.TargetMethod.MethodKind is not (MethodKind.LocalFunction or MethodKind.AnonymousFunction)
                && reach.IsInSource(call.TargetMethod)
                && !SymbolEqualityComparer.Default.Equals(call.TargetMethod.OriginalDefinition, context.ContainingSymbol);
            if (!isSink && !isHelperCall)
            {
                return;
            }

            // The context is cheap (settled once per body); only calls in a matching context pay for a summary.
            var eventContext = model.Contexts.Find(operation, body);
            if (eventContext.Kind != kind || (isSink && model.Recipients.IsAddressedToActor(operation)))
            {
                return;
            }

            string sink;
            var chain = string.Empty;
            if (isSink)
            {
                sink = NotificationSinks.Describe(operation);
            }
            else
            {
                var reached = reach.FindChain(((IInvocationOperation)operation).TargetMethod, model.Contexts, operation.SemanticModel, context.CancellationToken);
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
