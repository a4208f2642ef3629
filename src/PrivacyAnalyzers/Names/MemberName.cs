namespace PrivacyAnalyzers.Names
{
    /// <summary>The reading of one member name.</summary>
    internal sealed class MemberName
    {
        public MemberName(
            string text,
            bool hasRelationalAudienceWord,
            bool hasGenericPersonWord,
            bool hasSubjectWord,
            bool isEngagedBy,
            bool isKeyedByAudience,
            IdentifierNoun noun,
            bool nounIdentifiesAudience,
            bool isIdentityRowName)
        {
            Text = text;
            HasRelationalAudienceWord = hasRelationalAudienceWord;
            HasGenericPersonWord = hasGenericPersonWord;
            HasSubjectWord = hasSubjectWord;
            IsEngagedBy = isEngagedBy;
            IsKeyedByAudience = isKeyedByAudience;
            Noun = noun;
            NounIdentifiesAudience = nounIdentifiesAudience;
            IsIdentityRowName = isIdentityRowName;
        }

        public string Text { get; }

        /// <summary>Viewer, Follower, Fan …: words that always mean other people.</summary>
        public bool HasRelationalAudienceWord { get; }

        /// <summary>"User": the subject's own account unless the member holds many of them.</summary>
        public bool HasGenericPersonWord { get; }

        public bool HasSubjectWord { get; }

        /// <summary>An engagement participle followed by "By": LikedBy, DownloadedBy.</summary>
        public bool IsEngagedBy { get; }

        /// <summary>A breakdown by audience members, By or Per and an audience word at the end: <c>WatchSecondsPerViewer</c>.</summary>
        public bool IsKeyedByAudience { get; }

        public IdentifierNoun Noun { get; }

        /// <summary>The identifier noun is personal, or qualified by an audience word (ViewerId, not VideoId).</summary>
        public bool NounIdentifiesAudience { get; }

        /// <summary>UserId, Handle, Email …: a person's identifier when it stands inside a row about people.</summary>
        public bool IsIdentityRowName { get; }

        /// <summary>Belongs to the creator or the content, never to the audience (CreatorId, ChannelHandle, OwnerUserId).</summary>
        public bool IsSubject => HasSubjectWord && !HasRelationalAudienceWord && !IsEngagedBy;

        /// <summary>Names a person at all, the subject or others: <c>CreatorId</c>, <c>ViewerIds</c>, <c>UserEmail</c>, <c>LikedBy</c>.</summary>
        public bool NamesPerson => HasRelationalAudienceWord || HasGenericPersonWord || HasSubjectWord || IsEngagedBy;

        /// <summary>Names other people. "User" alone names them only for a collection (UserIds), not a single value (UserId).</summary>
        public bool NamesAudience(bool isCollection) =>
            IsEngagedBy || HasRelationalAudienceWord || (HasGenericPersonWord && isCollection && !HasSubjectWord);
    }
}
