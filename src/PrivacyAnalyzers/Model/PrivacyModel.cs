using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Names;
using PrivacyAnalyzers.Policy;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// The privacy vocabulary under one policy (docs/privacy-model.md): the questions every rule asks. Built once per
    /// compilation and policy, and shared by every rule (see <see cref="PrivacyModels"/>); its caches live as long as the
    /// compilation.
    /// </summary>
    internal sealed class PrivacyModel
    {
        public PrivacyModel(Compilation compilation, PrivacyPolicy policy)
        {
            // Each part is built from the policy and the parts it asks: the names and shapes of members, then the surfaces
            // they leave through, then who they are about and what events and notifications they take part in.
            var names = Names = new NameVocabulary(policy);
            Shapes = new TypeShapes();
            Surfaces = new CreatorFacingSurfaces(policy);
            Audience = new AudienceClassifier(policy, names, Shapes, Surfaces);
            Responses = new ResponseSurfaces(policy);
            Locations = new PreciseLocations(names, Shapes, Surfaces, Audience, Responses);
            var engagements = new Engagements(policy);
            Rosters = new Rosters(engagements, Audience, Responses, Shapes);
            Projections = new PeopleProjections(compilation, engagements, Audience, Shapes);
            Contexts = new EventContexts(new EngagementEvents(policy));
            Sinks = new NotificationSinks(policy);
            Reach = new NotificationReach(compilation, Sinks, new Recipients(names), Contexts);
            Endpoints = new CreatorEndpoints(policy);
            Payloads = new EndpointPayloads(Audience, Surfaces);
        }

        /// <summary>What member names say about whose data they hold (§4.2, §4.3).</summary>
        public NameVocabulary Names { get; }

        /// <summary>Identifier and collection shapes (§4.3).</summary>
        public TypeShapes Shapes { get; }

        /// <summary>Which types are shown to creators (§3.1).</summary>
        public CreatorFacingSurfaces Surfaces { get; }

        /// <summary>Whether a member identifies audience members, and by which path (§4).</summary>
        public AudienceClassifier Audience { get; }

        /// <summary>Whether a member exposes where audience members are (§5).</summary>
        public PreciseLocations Locations { get; }

        /// <summary>Which types leave the server in responses by their name or place (§3.4).</summary>
        public ResponseSurfaces Responses { get; }

        /// <summary>Lists of the people who engaged with one thing, in what leaves the server (§4.7).</summary>
        public Rosters Rosters { get; }

        /// <summary>People projected out of engagement records, local to one method (§4.8).</summary>
        public PeopleProjections Projections { get; }

        /// <summary>In which engagement event an operation runs (§6).</summary>
        public EventContexts Contexts { get; }

        /// <summary>Which operations notify a person (§7.1).</summary>
        public NotificationSinks Sinks { get; }

        /// <summary>What a call notifies, itself or through the methods of this compilation it calls (§7).</summary>
        public NotificationReach Reach { get; }

        /// <summary>Which endpoints creators call (§3.3).</summary>
        public CreatorEndpoints Endpoints { get; }

        /// <summary>What an endpoint returns (§8).</summary>
        public EndpointPayloads Payloads { get; }
    }
}
