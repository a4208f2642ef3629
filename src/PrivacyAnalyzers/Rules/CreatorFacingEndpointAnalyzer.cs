using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PRIV005: an endpoint creators call returns aggregates, never rows about who. See docs/rules/PRIV005.md.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CreatorFacingEndpointAnalyzer : PrivacyModelAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = DiagnosticDescriptorHelper.Create(
            RuleIdentifiers.CreatorFacingEndpointReturnsPerUserData,
            title: "Creator-facing endpoint returns per-user data",
            messageFormat: "Creator-facing endpoint '{0}' returns who its audience members are through '{1}'; return an aggregate instead",
            RuleCategories.Privacy,
            DiagnosticSeverity.Warning,
            description: "An endpoint that creators call must answer with counts and coarse dimensions. Returning user ids, handles, user entities or rows about individual viewers, likers or downloaders, even as an anonymous projection, tells the creator who engaged.");

        public CreatorFacingEndpointAnalyzer()
            : base(Rule)
        {
        }

        private protected override void RegisterActions(CompilationStartAnalysisContext start, PrivacyModels models)
        {
            start.RegisterOperationBlockAction(block =>
            {
                // Every body of the compilation comes by: only public instance methods can be actions.
                if (block.OwningSymbol is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false, DeclaredAccessibility: Accessibility.Public })
                {
                    AnalyzeAction(block, models.For(block.FilterTree));
                }
            });
            start.RegisterOperationAction(operation => AnalyzeMinimalApi(operation, models), OperationKind.Invocation);
        }

        /// <summary>MVC actions and SignalR hub methods: the declared payload type, or else what the body returns.</summary>
        private static void AnalyzeAction(OperationBlockAnalysisContext context, PrivacyModel model)
        {
            if (context.OwningSymbol is not IMethodSymbol method || !model.Endpoints.IsCreatorFacingAction(method))
            {
                return;
            }

            var endpoint = method.ContainingType.Name + "." + method.Name;
            if (ReportDeclaredPayload(context.ReportDiagnostic, model, endpoint, method, ReturnTypeLocation(method, context.CancellationToken)))
            {
                return;
            }

            foreach (var block in context.OperationBlocks)
            {
                ReportReturnedPayloads(context.ReportDiagnostic, model, endpoint, block);
            }
        }

        /// <summary>MapGet/MapPost … registrations that creators call: the lambda's returns, or the method group's payload type.</summary>
        private static void AnalyzeMinimalApi(OperationAnalysisContext context, PrivacyModels models)
        {
            var map = (IInvocationOperation)context.Operation;
            if (!map.TargetMethod.Name.StartsWith("Map", System.StringComparison.Ordinal))
            {
                return;
            }

            var model = models.For(map.Syntax.SyntaxTree);
            if (model.Endpoints.FindMinimalApi(map) is not { } endpoint)
            {
                return;
            }

            switch (endpoint.Handler)
            {
                case IAnonymousFunctionOperation lambda:
                    ReportReturnedPayloads(context.ReportDiagnostic, model, endpoint.DisplayName, lambda.Body);
                    break;
                case IMethodReferenceOperation reference:
                    // The handler may live in another file: report at the registration that makes it creator-facing.
                    ReportDeclaredPayload(context.ReportDiagnostic, model, endpoint.DisplayName, reference.Method, reference.Syntax.GetLocation());
                    break;
            }
        }

        private static bool ReportDeclaredPayload(System.Action<Diagnostic> report, PrivacyModel model, string endpoint, IMethodSymbol method, Location? location)
        {
            if (location is null)
            {
                return false;
            }

            var payloadTypes = new List<ITypeSymbol>();
            EndpointPayloads.AddDeclaredPayloadTypes(method.ReturnType, payloadTypes);
            foreach (var type in payloadTypes)
            {
                var path = model.Payloads.FindPerUserData(method, type);
                if (path is not null)
                {
                    report(Diagnostic.Create(Rule, location, endpoint, path));
                    return true;
                }
            }

            return false;
        }

        private static void ReportReturnedPayloads(System.Action<Diagnostic> report, PrivacyModel model, string endpoint, IOperation body)
        {
            foreach (var payload in EndpointPayloads.Collect(body))
            {
                if (payload.Type is not { } type)
                {
                    continue;
                }

                var path = model.Payloads.FindPerUserData(EndpointPayloads.SourceOf(payload), type);
                if (path is not null)
                {
                    report(Diagnostic.Create(Rule, payload.Syntax.GetLocation(), endpoint, path));
                }
            }
        }

        private static Location? ReturnTypeLocation(IMethodSymbol method, System.Threading.CancellationToken cancellationToken)
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is MethodDeclarationSyntax declaration)
                {
                    return declaration.ReturnType.GetLocation();
                }
            }

            return null;
        }
    }
}
