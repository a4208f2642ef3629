using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Baseline;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// PRIV008: nobody gets another person's precise location from a response — not only creators. See
    /// docs/rules/PRIV008.md.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ResponseLocationAnalyzer : PrivacyModelAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = DiagnosticDescriptorHelper.Create(
            RuleIdentifiers.ResponseExposesWhereAPersonIs,
            title: "Response exposes where a person is",
            messageFormat: "Response type '{0}' exposes where a person is through '{1}'; send a coarse place (city, country) instead",
            RuleCategories.Privacy,
            DiagnosticSeverity.Warning,
            description: "A response that describes people — profiles, follower and search results, rows of who viewed — must not carry their coordinates, IP addresses, postal codes or street addresses. The place of content (a post's geotag, a venue) is the content's own.");

        public ResponseLocationAnalyzer()
            : base(Rule)
        {
        }

        private protected override void RegisterActions(CompilationStartAnalysisContext start, PrivacyModels models) =>
            start.RegisterSymbolAction(context => AnalyzeMember(context, models), SymbolKind.Property, SymbolKind.Field);

        /// <summary>A precise location in a response type that describes a person, or in its rows (privacy model §5). Creator-facing types are PRIV004's.</summary>
        private static void AnalyzeMember(SymbolAnalysisContext context, PrivacyModels models)
        {
            // Every property and field of the compilation comes by: the cached answers for its container come first.
            var member = context.Symbol;
            if (!ExposedMembers.IsExposed(member) || member.ContainingType is not { } container)
            {
                return;
            }

            var model = models.For(member);
            // A page model is not serialized: its page shows a few fields of the entities it holds, and a location deep in
            // one (a user's avatar's upload IP) says nothing of what the page shows.
            if (!model.Responses.IsResponseType(container) || model.Surfaces.IsCreatorFacing(container) || ResponseSurfaces.IsPageModel(container)
                || !ExposedMembers.TryGetJudgedType(member, out var type))
            {
                return;
            }

            if (model.Locations.FindPersonLocation(member, type, container) is { } path)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, member.Locations[0], Fingerprints.Add(DataCategories.Properties(DataCategories.OfLocationPath(path)), Rule, member, member.Name), container.Name, path));
            }
        }
    }
}
