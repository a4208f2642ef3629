using System;
using System.Collections.Immutable;
using System.Linq;
using PrivacyAnalyzers.Internals;
using PrivacyAnalyzers.Names;
using PrivacyAnalyzers.Policy;

namespace PrivacyAnalyzers.Model
{
    /// <summary>What kind of engagement an event is. Ordered: when a name says both, negative wins.</summary>
    internal enum EngagementKind
    {
        None,

        /// <summary>Download, save, view, visit …: the creator sees a count, not who.</summary>
        Private,

        /// <summary>Unlike, unfollow, unsubscribe, block …: nobody is notified.</summary>
        Negative,
    }

    /// <summary>Where a name stands decides which verbs count: "Save" is an event in VideoSaved, not in SaveChanges.</summary>
    internal enum NameRole
    {
        /// <summary>Type names, enum members, constants: every event verb counts.</summary>
        TypeOrMember,

        /// <summary>Method names: "Save" is too common there (SaveChanges) to mean an event.</summary>
        Method,
    }

    /// <summary>Reads engagement events out of names: <c>VideoUnliked</c>, <c>RemoveReactionAsync</c>, <c>LikeRemoved</c>, <c>OnDownload</c>.</summary>
    internal sealed class EngagementEvents
    {
        private static readonly string[] RemovalVerbs = { "Remove", "Delete", "Cancel", "Undo", "Revoke", "Withdraw" };

        /// <summary>The engagement records whose removal is a negative event (RemoveLike, db.Likes.Remove, LikeRemoved).</summary>
        public static readonly ImmutableArray<string> EngagementNouns = ImmutableArray.Create(
            "Like", "Follow", "Follower", "Subscription", "Favorite", "Favourite", "Bookmark", "Reaction", "Vote", "Save");

        // The removal verbs and engagement records are fixed: their word starts are shared by every policy.
        private static readonly WordStarts RemovalVerbStarts = new(RemovalVerbs);
        private static readonly WordStarts EngagementNounStarts = new(EngagementNouns);

        /// <summary>Words that turn a verb into part of a noun: a ViewModel is not a view, a ViewComponent neither.</summary>
        public static readonly ImmutableArray<string> NounCompoundHeads = ImmutableArray.Create("Model", "Component", "Bag", "Data", "State", "Port", "Size", "Count");

        private const string MethodExcludedVerb = "Save";

        private readonly PrivacyPolicy _policy;

        // The policy's event verbs, to rule most names out without splitting them (see MayNameEvent).
        private readonly WordStarts _eventVerbs;

        // The names that may hold an event word repeat (a message type in every handler, an enum member in every switch,
        // LikeAsync in every service): each is read once. The others never reach a cache, so it fills with few names.
        private readonly Cache<string, EngagementKind> _typeOrMemberNames;
        private readonly Cache<string, EngagementKind> _methodNames;

        public EngagementEvents(PrivacyPolicy policy)
        {
            _policy = policy;
            _eventVerbs = new WordStarts(policy.NegativeEvents.Concat(policy.PrivateEvents));
            _typeOrMemberNames = new(name => Compute(name, NameRole.TypeOrMember), StringComparer.Ordinal);
            _methodNames = new(name => Compute(name, NameRole.Method), StringComparer.Ordinal);
        }

        public EngagementKind Classify(string name, NameRole role)
        {
            if (!MayNameEvent(name))
            {
                return EngagementKind.None;
            }

            return role == NameRole.Method ? _methodNames[name] : _typeOrMemberNames[name];
        }

        /// <summary>
        /// An event verb alone makes an event (VideoUnliked); a removal verb only with an engagement record (RemoveLike),
        /// so that CancellationToken, on every async method, is ruled out by its "Cancel" alone.
        /// </summary>
        private bool MayNameEvent(string name) =>
            _eventVerbs.MayHoldWord(name) || (MayHoldRemovalVerb(name) && EngagementNounStarts.MayHoldWord(name));

        private EngagementKind Compute(string name, NameRole role)
        {
            var words = NameWords.Split(name);
            var kind = EngagementKind.None;
            for (var i = 0; i < words.Count && kind != EngagementKind.Negative; i++)
            {
                // Only a word of the vocabulary (an event verb, a removal verb, an engagement record) makes the name an
                // event, alone or with its neighbour; the rest are passed over before any list is searched.
                if (!MayBeVocabularyWord(words[i]) || IsNounCompound(words, i))
                {
                    continue;
                }

                var word = words[i];
                if (IsRemovalOfEngagement(words, i) || MatchesAny(word, _policy.NegativeEvents, role))
                {
                    kind = EngagementKind.Negative;
                }
                else if (MatchesAny(word, _policy.PrivateEvents, role))
                {
                    kind = EngagementKind.Private;
                }
            }

            return kind;
        }

        private bool MayBeVocabularyWord(string word) =>
            _eventVerbs.MayBeWord(word) || RemovalVerbStarts.MayBeWord(word) || EngagementNounStarts.MayBeWord(word);

        /// <summary>The engagement record a name is about (Likes → Like, FollowRepository → Follow), or null.</summary>
        public static string? EngagementRecordIn(string name)
        {
            foreach (var word in NameWords.Split(name).Words)
            {
                foreach (var noun in EngagementNouns)
                {
                    if (NameWords.IsOrPlural(word, noun))
                    {
                        return noun;
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// Whether a name can hold a removal verb at all (Remove, Deleted, Cancelling, UndoLike, Revoked, Withdraw), checked
        /// on the raw text before the name is split: most method names hold none.
        /// </summary>
        public static bool MayHoldRemovalVerb(string name) => RemovalVerbStarts.MayHoldWord(name);

        public static bool IsRemovalVerb(string word)
        {
            foreach (var verb in RemovalVerbs)
            {
                if (EventVerbs.IsInflectionOf(word, verb))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool MatchesAny(string word, ImmutableArray<string> verbs, NameRole role)
        {
            foreach (var verb in verbs)
            {
                if (role == NameRole.Method && string.Equals(verb, MethodExcludedVerb, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (EventVerbs.IsInflectionOf(word, verb))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>RemoveLike, CancelSubscription (verb then record) or LikeRemoved, SubscriptionCancelled (record then participle).</summary>
        private static bool IsRemovalOfEngagement(NameWords words, int i)
        {
            if (i + 1 >= words.Count)
            {
                return false;
            }

            return (IsRemovalVerb(words[i]) && NameWords.IsAnyOrPlural(words[i + 1], EngagementNouns))
                || (NameWords.IsAnyOrPlural(words[i], EngagementNouns) && IsRemovalVerb(words[i + 1]));
        }

        public static bool IsNounCompound(NameWords words, int i) =>
            i + 1 < words.Count && NameWords.IsAnyOrPlural(words[i + 1], NounCompoundHeads);
    }
}
