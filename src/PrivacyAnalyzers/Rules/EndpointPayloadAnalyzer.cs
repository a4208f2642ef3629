using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Baseline;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// The engine of the rules about what endpoints return (PRIV005, PRIV007; privacy model §8): MVC actions and SignalR
    /// hub methods — their declared payload type, reported once at the return type, or else each value their body returns —
    /// and minimal API handlers — a lambda's returned values, or a method group's declared payload, reported at the
    /// registration. A rule says which endpoints it judges and what a payload tells.
    /// </summary>
    public abstract class EndpointPayloadAnalyzer : PrivacyModelAnalyzer
    {
        private protected EndpointPayloadAnalyzer(DiagnosticDescriptor descriptor)
            : base(descriptor)
        {
        }

        private protected override void RegisterActions(CompilationStartAnalysisContext start, PrivacyModels models)
        {
            start.RegisterOperationBlockAction(block =>
            {
                // Every body of the compilation comes by: only public instance methods can be actions.
                if (block.OwningSymbol is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false, DeclaredAccessibility: Accessibility.Public } method)
                {
                    AnalyzeAction(block, method, models.For(block.FilterTree));
                }
            });
            start.RegisterOperationAction(operation => AnalyzeMinimalApi(operation, models), OperationKind.Invocation);
        }

        /// <summary>Whether the rule judges an action (a public method of a controller or hub).</summary>
        private protected abstract bool Judges(PrivacyModel model, IMethodSymbol action);

        /// <summary>Whether the rule judges a minimal API endpoint.</summary>
        private protected abstract bool Judges(PrivacyModel model, MinimalApiEndpoint endpoint);

        /// <summary>
        /// The message arguments when a payload tells what the rule is about, or null. The last argument is the path to
        /// the people (<c>likes[].UserId</c>), which gives the finding its data category.
        /// </summary>
        /// <param name="model">The model of the endpoint's file.</param>
        /// <param name="endpoint">The endpoint: its name in messages, and what names and routes it.</param>
        /// <param name="source">What the payload is read from (a variable, member or method), or null for an unnamed value.</param>
        /// <param name="type">The payload's type.</param>
        private protected abstract object[]? FindLeak(PrivacyModel model, Endpoint endpoint, ISymbol? source, ITypeSymbol type);

        /// <summary>
        /// The message arguments when a returned value that projects people out of engagement records (privacy model §4.8)
        /// is a leak for the rule, or null.
        /// </summary>
        private protected abstract object[]? FindProjectedLeak(PrivacyModel model, Endpoint endpoint, Roster projection);

        private void AnalyzeAction(OperationBlockAnalysisContext context, IMethodSymbol method, PrivacyModel model)
        {
            if (!model.Endpoints.IsAction(method) || !Judges(model, method))
            {
                return;
            }

            var endpoint = Endpoint.OfAction(method);
            if (FindDeclaredLeak(model, endpoint, method) is { } arguments && ReturnTypeLocation(method, context.CancellationToken) is { } returnType)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptor, returnType, PropertiesOf(arguments, method, endpoint), arguments));
                return;
            }

            foreach (var block in context.OperationBlocks)
            {
                FindReturnedLeaks(model, endpoint, method, block, context.CancellationToken)?.ForEach(context.ReportDiagnostic);
            }
        }

        /// <summary>MapGet/MapPost … registrations: the lambda's returns, or the method group's payload type.</summary>
        private void AnalyzeMinimalApi(OperationAnalysisContext context, PrivacyModels models)
        {
            var map = (IInvocationOperation)context.Operation;
            var model = models.For(map.Syntax.SyntaxTree);
            if (model.Endpoints.FindMinimalApi(map) is not { } minimalApi || !Judges(model, minimalApi))
            {
                return;
            }

            switch (minimalApi.Handler)
            {
                case IAnonymousFunctionOperation lambda:
                    var lambdaEndpoint = Endpoint.OfMinimalApi(minimalApi, lambda.Symbol);
                    FindReturnedLeaks(model, lambdaEndpoint, context.ContainingSymbol, lambda.Body, context.CancellationToken)?.ForEach(context.ReportDiagnostic);
                    break;
                case IMethodReferenceOperation reference:
                    // The handler may live in another file: report at the registration.
                    var endpoint = Endpoint.OfMinimalApi(minimalApi, reference.Method);
                    if (FindDeclaredLeak(model, endpoint, reference.Method) is { } arguments)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(Descriptor, reference.Syntax.GetLocation(), PropertiesOf(arguments, context.ContainingSymbol, endpoint), arguments));
                    }

                    break;
            }
        }

        /// <summary>
        /// A leak's data category, from the path to the people that ends its message arguments, and its fingerprint: the
        /// endpoint in the declaration that maps or handles it (docs/baseline.md).
        /// </summary>
        private ImmutableDictionary<string, string?> PropertiesOf(object[] arguments, ISymbol? enclosing, Endpoint endpoint) =>
            Fingerprints.Add(DataCategories.Properties(DataCategories.OfIdentifierPath((string)arguments[arguments.Length - 1])), Descriptor, enclosing, endpoint.DisplayName);

        /// <summary>The message arguments when a type the handler declares it returns, or produces, is a leak; or null.</summary>
        private object[]? FindDeclaredLeak(PrivacyModel model, Endpoint endpoint, IMethodSymbol method)
        {
            foreach (var type in EndpointPayloads.DeclaredBy(method))
            {
                if (FindLeak(model, endpoint, method, type) is { } arguments)
                {
                    return arguments;
                }
            }

            return null;
        }

        /// <summary>A diagnostic at each value the body returns that is a leak, or null when none is: the common case allocates nothing.</summary>
        private List<Diagnostic>? FindReturnedLeaks(PrivacyModel model, Endpoint endpoint, ISymbol? enclosing, IOperation body, CancellationToken cancellationToken)
        {
            if (EndpointPayloads.Collect(body) is not { } payloads)
            {
                return null;
            }

            List<Diagnostic>? leaks = null;
            foreach (var payload in payloads)
            {
                var arguments = payload.Type is { } type ? FindLeak(model, endpoint, EndpointPayloads.SourceOf(payload), type) : null;
                arguments ??= model.Projections.Find(payload, cancellationToken) is { } projection ? FindProjectedLeak(model, endpoint, projection) : null;
                if (arguments is not null)
                {
                    (leaks ??= new List<Diagnostic>()).Add(Diagnostic.Create(Descriptor, payload.Syntax.GetLocation(), PropertiesOf(arguments, enclosing, endpoint), arguments));
                }
            }

            return leaks;
        }

        private static Location? ReturnTypeLocation(IMethodSymbol method, CancellationToken cancellationToken)
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

    /// <summary>An endpoint being judged: its name in messages, its handler, and the route templates written for it.</summary>
    internal sealed class Endpoint
    {
        private readonly IEnumerable<string>? _routeTemplates;
        private string? _displayName;

        /// <param name="displayName">The name in messages, or null for an action's <c>Type.Method</c>.</param>
        /// <param name="handler">The action, lambda or method that handles the endpoint.</param>
        /// <param name="routeTemplates">The templates written for it, or null for the route attributes on the handler.</param>
        private Endpoint(string? displayName, IMethodSymbol handler, IEnumerable<string>? routeTemplates)
        {
            _displayName = displayName;
            Handler = handler;
            _routeTemplates = routeTemplates;
        }

        /// <summary>An MVC action or hub method. Its name and routes are read when asked: most endpoints leak nothing.</summary>
        public static Endpoint OfAction(IMethodSymbol action) => new(displayName: null, action, routeTemplates: null);

        /// <summary>A minimal API handler, mapped at one route.</summary>
        public static Endpoint OfMinimalApi(MinimalApiEndpoint endpoint, IMethodSymbol handler) => new(endpoint.DisplayName, handler, new[] { endpoint.Route });

        /// <summary><c>VideosController.Likes</c>, <c>GET /studio/videos/{id}/viewers</c>.</summary>
        public string DisplayName => _displayName ??= Handler.ContainingType.Name + "." + Handler.Name;

        /// <summary>The action, the lambda or the method a minimal API maps.</summary>
        public IMethodSymbol Handler { get; }

        public IEnumerable<string> RouteTemplates => _routeTemplates ?? CreatorEndpoints.RouteTemplates(Handler);
    }
}
