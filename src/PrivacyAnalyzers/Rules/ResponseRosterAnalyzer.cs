using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Baseline;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// PRIV007: whatever leaves the server tells how many engaged, never who — for every caller, not only creators. See
    /// docs/rules/PRIV007.md.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ResponseRosterAnalyzer : EndpointPayloadAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = DiagnosticDescriptorHelper.Create(
            RuleIdentifiers.ResponseListsWhoEngaged,
            title: "Response lists who engaged",
            messageFormat: "{0} lists who engaged ({1}) through '{2}'; return a count instead",
            RuleCategories.Privacy,
            DiagnosticSeverity.Warning,
            description: "If a creator may not learn who liked, followed, viewed or downloaded, no other caller may either. A response — a controller action, a minimal API, a hub method or a data-transfer type — carries counts of an engagement, not the people who took part: their ids, handles, profiles or rows.");

        public ResponseRosterAnalyzer()
            : base(Rule)
        {
        }

        private protected override void RegisterActions(CompilationStartAnalysisContext start, PrivacyModels models)
        {
            base.RegisterActions(start, models);
            start.RegisterSymbolAction(context => AnalyzeMember(context, models), SymbolKind.Property, SymbolKind.Field);
            start.RegisterOperationAction(context => AnalyzeFill(context, models), OperationKind.SimpleAssignment);
            start.RegisterOperationAction(context => AnalyzeHubMessage(context, models), OperationKind.Invocation);
        }

        /// <summary>
        /// Who took part, as the path to them says: ids, user names, e-mail addresses (<see cref="DataCategories"/>); and the
        /// fingerprint of the finding in <paramref name="enclosing"/> (docs/baseline.md).
        /// </summary>
        private static ImmutableDictionary<string, string?> PropertiesOf(string path, ISymbol? enclosing, string anchor) =>
            Fingerprints.Add(DataCategories.Properties(DataCategories.OfIdentifierPath(path)), Rule, enclosing, anchor);

        /// <summary>Endpoints creators do not call: those creators call are PRIV005's, the stricter rule.</summary>
        private protected override bool Judges(PrivacyModel model, IMethodSymbol action) => !model.Endpoints.IsCreatorFacingAction(action);

        private protected override bool Judges(PrivacyModel model, MinimalApiEndpoint endpoint) => !endpoint.IsCreatorFacing;

        /// <summary>A list of people returned where the payload or the endpoint speaks of an engagement (privacy model §4.7).</summary>
        private protected override object[]? FindLeak(PrivacyModel model, Endpoint endpoint, ISymbol? source, ITypeSymbol type) =>
            model.Rosters.MayList(type) && FindRoster(model, source, type, model.Rosters.EngagementOfAction(endpoint.Handler, endpoint.RouteTemplates)) is { } roster
                ? new object[] { $"Endpoint '{endpoint.DisplayName}'", roster.Engagement, roster.Path }
                : null;

        /// <summary>A roster in a payload whose type is not creator-facing (those are PRIV001's).</summary>
        private static Roster? FindRoster(PrivacyModel model, ISymbol? source, ITypeSymbol type, string? engagementHint) =>
            model.Rosters.FindInPayload(source, type, engagementHint) is { } roster && !(type is INamedTypeSymbol named && model.Surfaces.IsCreatorFacing(named))
                ? roster
                : null;

        /// <summary>People projected out of the records of an engagement that is not public (privacy model §4.8).</summary>
        private protected override object[]? FindProjectedLeak(PrivacyModel model, Endpoint endpoint, Roster projection) =>
            model.Rosters.IsPublic(projection.Engagement) ? null : new object[] { $"Endpoint '{endpoint.DisplayName}'", projection.Engagement, projection.Path };

        /// <summary>
        /// A member of a response type that lists who engaged, or tells who took part in the engagement the type is named
        /// for (privacy model §4.7). Creator-facing types are PRIV001's.
        /// </summary>
        private static void AnalyzeMember(SymbolAnalysisContext context, PrivacyModels models)
        {
            // Every property and field of the compilation comes by: the cached answers for its container come first.
            var member = context.Symbol;
            if (!ExposedMembers.IsExposed(member) || member.ContainingType is not { } container)
            {
                return;
            }

            var model = models.For(member);
            if (!model.Responses.IsResponseType(container) || model.Surfaces.IsCreatorFacing(container) || !ExposedMembers.TryGetJudgedType(member, out var type))
            {
                return;
            }

            if (model.Rosters.FindInMember(member, type, container) is { } roster)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, member.Locations[0], PropertiesOf(roster.Path, member, member.Name), $"Response type '{container.Name}'", roster.Engagement, roster.Path));
            }
        }

        /// <summary>
        /// A member of a response type — a creator-facing one too — filled with people projected out of the records of an
        /// engagement (<c>Likes = p.Likes.Select(l =&gt; l.UserId)</c>; privacy model §4.8), where its declaration says nothing.
        /// Reported at the value, in the initializer, mapper or endpoint that fills it.
        /// </summary>
        private static void AnalyzeFill(OperationAnalysisContext context, PrivacyModels models)
        {
            // Every assignment of the compilation comes by: the value's kind is read first, then whether its type can hold
            // people, then the member's container, each from cache.
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (!PeopleProjections.MayBeProjection(assignment.Value)
                || assignment.Target is not IMemberReferenceOperation { Member: var member } || !ExposedMembers.IsExposed(member) || member.ContainingType is not { } container)
            {
                return;
            }

            var model = models.For(assignment.Syntax.SyntaxTree);
            if (!model.Projections.MayHoldPeople(assignment.Value))
            {
                return;
            }

            var isCreatorFacing = model.Surfaces.IsCreatorFacing(container);
            if (!isCreatorFacing && !model.Responses.IsResponseType(container)
                || model.Projections.Find(assignment.Value, context.CancellationToken) is not { } projection
                || model.Rosters.IsPublic(projection.Engagement)
                || !ExposedMembers.TryGetJudgedType(member, out var type)
                || IsReportedAtDeclaration(model, member, type, container, isCreatorFacing))
            {
                return;
            }

            var path = member.Name + " = " + projection.Path;
            context.ReportDiagnostic(Diagnostic.Create(Rule, assignment.Value.Syntax.GetLocation(), PropertiesOf(path, context.ContainingSymbol, container.Name + "." + member.Name), $"Response type '{container.Name}'", projection.Engagement, path));
        }

        /// <summary>Whether a member is reported where it is declared — by PRIV001 in a creator-facing type, else by this rule — so one leak is said once.</summary>
        private static bool IsReportedAtDeclaration(PrivacyModel model, ISymbol member, ITypeSymbol type, INamedTypeSymbol container, bool isCreatorFacing) =>
            isCreatorFacing
                ? model.Audience.FindAudienceIdentifier(member, type) is not null
                : model.Rosters.FindInMember(member, type, container) is not null;

        /// <summary>
        /// A SignalR message that carries a roster (privacy model §8): a value sent to clients that lists people where it, or
        /// the client method's name (<c>ReceiveLikers</c>), speaks of an engagement, or that projects them out of engagement
        /// records. Reported at the value.
        /// </summary>
        private static void AnalyzeHubMessage(OperationAnalysisContext context, PrivacyModels models)
        {
            var call = (IInvocationOperation)context.Operation;
            if (HubMessages.Read(call, out var method) is not { } payloads)
            {
                return;
            }

            var model = models.For(call.Syntax.SyntaxTree);
            var engagementHint = model.Rosters.EngagementIn(method);
            foreach (var payload in payloads)
            {
                var roster = payload.Type is { } type ? FindRoster(model, EndpointPayloads.SourceOf(payload), type, engagementHint) : null;
                roster ??= model.Projections.Find(payload, context.CancellationToken) is { } projection && !model.Rosters.IsPublic(projection.Engagement) ? projection : null;
                if (roster is not null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, payload.Syntax.GetLocation(), PropertiesOf(roster.Path, context.ContainingSymbol, "SignalR " + method), $"SignalR message '{method}'", roster.Engagement, roster.Path));
                }
            }
        }
    }
}
