//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::issues_list_for_repo`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuesListForRepoParams {
    /// If an `integer` is passed, it should refer to a milestone by its `number` field. If the string `*` is passed, issues with any milestone are accepted. If the string `none` is passed, issues without milestones are returned.
    pub milestone: ::std::option::Option<::std::string::String>,
    /// Indicates the state of the issues to return.
    pub state: ::std::option::Option<super::types::IssuesListForRepoState>,
    /// Can be the name of a user. Pass in `none` for issues with no assigned user, and `*` for issues assigned to any user.
    pub assignee: ::std::option::Option<::std::string::String>,
    /// Can be the name of an issue type. If the string `*` is passed, issues with any type are accepted. If the string `none` is passed, issues without type are returned.
    pub r#type: ::std::option::Option<::std::string::String>,
    /// The user that created the issue.
    pub creator: ::std::option::Option<::std::string::String>,
    /// A user that's mentioned in the issue.
    pub mentioned: ::std::option::Option<::std::string::String>,
    /// A list of comma separated label names. Example: `bug,ui,@high`
    pub labels: ::std::option::Option<::std::string::String>,
    /// What to sort results by.
    pub sort: ::std::option::Option<super::types::IssuesListForRepoSort>,
    /// The direction to sort the results by.
    pub direction: ::std::option::Option<super::types::IssuesListForRepoDirection>,
    /// Only show results that were last updated after the given time. This is a timestamp in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format: `YYYY-MM-DDTHH:MM:SSZ`.
    pub since: ::std::option::Option<::std::string::String>,
    /// The number of results per page (max 100). For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    pub per_page: ::std::option::Option<i64>,
    /// The page number of the results to fetch. For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    pub page: ::std::option::Option<i64>,
}
impl IssuesListForRepoParams {
    /// Sets `milestone`.
    #[must_use]
    pub fn milestone(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.milestone = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `state`.
    #[must_use]
    pub fn state(
        mut self,
        value: impl ::std::convert::Into<super::types::IssuesListForRepoState>,
    ) -> Self {
        self.state = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `assignee`.
    #[must_use]
    pub fn assignee(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.assignee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `type`.
    #[must_use]
    pub fn r#type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `creator`.
    #[must_use]
    pub fn creator(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.creator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `mentioned`.
    #[must_use]
    pub fn mentioned(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mentioned = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `labels`.
    #[must_use]
    pub fn labels(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.labels = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sort`.
    #[must_use]
    pub fn sort(
        mut self,
        value: impl ::std::convert::Into<super::types::IssuesListForRepoSort>,
    ) -> Self {
        self.sort = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `direction`.
    #[must_use]
    pub fn direction(
        mut self,
        value: impl ::std::convert::Into<super::types::IssuesListForRepoDirection>,
    ) -> Self {
        self.direction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `since`.
    #[must_use]
    pub fn since(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.since = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `per_page`.
    #[must_use]
    pub fn per_page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.per_page = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `page`.
    #[must_use]
    pub fn page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.page = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::issues_list_for_repo`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuesListForRepoOkHeaders {
    pub link: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::issues_list_for_repo`].
#[derive(Debug, Clone, PartialEq)]
pub enum IssuesListForRepoResponse {
    /// Response
    Ok {
        body: ::std::vec::Vec<super::types::Issue>,
        headers: IssuesListForRepoOkHeaders,
    },
}
/// Documented error responses of [`super::Client::issues_list_for_repo`].
#[derive(Debug, Clone, PartialEq)]
pub enum IssuesListForRepoError {
    /// Moved permanently
    MovedPermanently(super::types::BasicError),
    /// Resource not found
    NotFound(super::types::BasicError),
    /// Validation failed, or the endpoint has been spammed.
    UnprocessableEntity(super::types::ValidationError),
}
/// Headers of the Created response of [`super::Client::issues_create`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuesCreateCreatedHeaders {
    pub location: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::issues_create`].
#[derive(Debug, Clone, PartialEq)]
pub enum IssuesCreateResponse {
    /// Response
    Created { body: super::types::Issue, headers: IssuesCreateCreatedHeaders },
}
/// Documented error responses of [`super::Client::issues_create`].
#[derive(Debug, Clone, PartialEq)]
pub enum IssuesCreateError {
    /// Bad Request
    BadRequest(super::types::BasicError),
    /// Forbidden
    Forbidden(super::types::BasicError),
    /// Resource not found
    NotFound(super::types::BasicError),
    /// Gone
    Gone(super::types::BasicError),
    /// Validation failed, or the endpoint has been spammed.
    UnprocessableEntity(super::types::ValidationError),
    /// Service unavailable
    ServiceUnavailable(super::types::IssuesCreateServiceUnavailableBody),
}
impl super::Client {
    /// List repository issues
    ///
    /// List issues in a repository. Only open issues will be listed.
    ///
    /// > [!NOTE]
    /// > GitHub's REST API considers every pull request an issue, but not every issue is a pull request. For this reason, "Issues" endpoints may return both issues and pull requests in the response. You can identify pull requests by the `pull_request` key. Be aware that the `id` of a pull request returned from "Issues" endpoints will be an _issue id_. To find out the pull request id, use the "[List pull requests](https://docs.github.com/rest/pulls/pulls#list-pull-requests)" endpoint.
    ///
    /// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
    ///
    /// - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
    /// - **`application/vnd.github.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
    /// - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
    /// - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
    ///
    /// `GET /repos/{owner}/{repo}/issues`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn issues_list_for_repo(
        &self,
        owner: &str,
        repo: &str,
        params: &IssuesListForRepoParams,
    ) -> ::std::result::Result<
        IssuesListForRepoResponse,
        super::Error<IssuesListForRepoError>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/repos/");
        url.push_str(
            &super::runtime::path_param(
                "owner",
                &super::runtime::to_value("owner", &owner)?,
                "simple",
                false,
            ),
        );
        url.push_str("/");
        url.push_str(
            &super::runtime::path_param(
                "repo",
                &super::runtime::to_value("repo", &repo)?,
                "simple",
                false,
            ),
        );
        url.push_str("/issues");
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.milestone {
            let v = super::runtime::to_value("milestone", v)?;
            super::runtime::push_param(&mut query, "milestone", &v, "form", true);
        }
        if let Some(v) = &params.state {
            let v = super::runtime::to_value("state", v)?;
            super::runtime::push_param(&mut query, "state", &v, "form", true);
        }
        if let Some(v) = &params.assignee {
            let v = super::runtime::to_value("assignee", v)?;
            super::runtime::push_param(&mut query, "assignee", &v, "form", true);
        }
        if let Some(v) = &params.r#type {
            let v = super::runtime::to_value("type", v)?;
            super::runtime::push_param(&mut query, "type", &v, "form", true);
        }
        if let Some(v) = &params.creator {
            let v = super::runtime::to_value("creator", v)?;
            super::runtime::push_param(&mut query, "creator", &v, "form", true);
        }
        if let Some(v) = &params.mentioned {
            let v = super::runtime::to_value("mentioned", v)?;
            super::runtime::push_param(&mut query, "mentioned", &v, "form", true);
        }
        if let Some(v) = &params.labels {
            let v = super::runtime::to_value("labels", v)?;
            super::runtime::push_param(&mut query, "labels", &v, "form", true);
        }
        if let Some(v) = &params.sort {
            let v = super::runtime::to_value("sort", v)?;
            super::runtime::push_param(&mut query, "sort", &v, "form", true);
        }
        if let Some(v) = &params.direction {
            let v = super::runtime::to_value("direction", v)?;
            super::runtime::push_param(&mut query, "direction", &v, "form", true);
        }
        if let Some(v) = &params.since {
            let v = super::runtime::to_value("since", v)?;
            super::runtime::push_param(&mut query, "since", &v, "form", true);
        }
        if let Some(v) = &params.per_page {
            let v = super::runtime::to_value("per_page", v)?;
            super::runtime::push_param(&mut query, "per_page", &v, "form", true);
        }
        if let Some(v) = &params.page {
            let v = super::runtime::to_value("page", v)?;
            super::runtime::push_param(&mut query, "page", &v, "form", true);
        }
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self
            .run_request_hooks("issues_list_for_repo", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "issues/list-for-repo", method = "GET", path
            = "/repos/{owner}/{repo}/issues", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("issues_list_for_repo", status, &response_headers);
        match status {
            200 => {
                let headers = IssuesListForRepoOkHeaders {
                    link: super::runtime::optional_header(
                        &response_headers,
                        "Link",
                        status,
                    )?,
                };
                Ok(IssuesListForRepoResponse::Ok {
                    body: super::runtime::decode_json::<
                        ::std::vec::Vec<super::types::Issue>,
                        IssuesListForRepoError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            301 => {
                Err(
                    super::Error::Api(
                        IssuesListForRepoError::MovedPermanently(
                            super::runtime::decode_json::<
                                super::types::BasicError,
                                IssuesListForRepoError,
                            >(status, &bytes)?,
                        ),
                    ),
                )
            }
            404 => {
                Err(
                    super::Error::Api(
                        IssuesListForRepoError::NotFound(
                            super::runtime::decode_json::<
                                super::types::BasicError,
                                IssuesListForRepoError,
                            >(status, &bytes)?,
                        ),
                    ),
                )
            }
            422 => {
                Err(
                    super::Error::Api(
                        IssuesListForRepoError::UnprocessableEntity(
                            super::runtime::decode_json::<
                                super::types::ValidationError,
                                IssuesListForRepoError,
                            >(status, &bytes)?,
                        ),
                    ),
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
    /// Streaming variant of [`Self::issues_list_for_repo`].
    ///
    /// Pages are followed through the `Link` header's `rel="next"` URL (its `page` parameter).
    ///
    /// Each item comes as its page arrives; a page is fetched when the one before is used up. The stream ends after the last page, or with an error item (a failed page, a server that repeats a page or a cursor, or `runtime::MAX_PAGES` pages). `StreamExt::take` stops it earlier.
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub fn issues_list_for_repo_stream<'a>(
        &'a self,
        owner: &'a str,
        repo: &'a str,
        params: IssuesListForRepoParams,
    ) -> super::runtime::ItemStream<'a, super::types::Issue, IssuesListForRepoError> {
        super::runtime::paginate(move |cursor: ::std::option::Option<i64>| {
            let mut params = params.clone();
            let owner = owner;
            let repo = repo;
            if let Some(c) = cursor {
                params.page = Some(c);
            }
            async move {
                let IssuesListForRepoResponse::Ok { body: page, headers } = self
                    .issues_list_for_repo(owner, repo, &params)
                    .await?;
                let items: ::std::vec::Vec<super::types::Issue> = page;
                let next = headers
                    .link
                    .as_deref()
                    .and_then(super::runtime::next_link_in)
                    .and_then(|u| super::runtime::query_value(&u, "page"))
                    .and_then(|v| v.parse::<i64>().ok());
                Ok(super::runtime::Page {
                    items,
                    next,
                    status: 200,
                })
            }
        })
    }
    /// Create an issue
    ///
    /// Any user with pull access to a repository can create an issue. If [issues are disabled in the repository](https://docs.github.com/articles/disabling-issues/), the API returns a `410 Gone` status.
    ///
    /// This endpoint triggers [notifications](https://docs.github.com/github/managing-subscriptions-and-notifications-on-github/about-notifications). Creating content too quickly using this endpoint may result in secondary rate limiting. For more information, see "[Rate limits for the API](https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits)"
    /// and "[Best practices for using the REST API](https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api)."
    ///
    /// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
    ///
    /// - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
    /// - **`application/vnd.github.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
    /// - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
    /// - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
    ///
    /// `POST /repos/{owner}/{repo}/issues`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn issues_create(
        &self,
        owner: &str,
        repo: &str,
        body: &super::types::IssuesCreateBody,
    ) -> ::std::result::Result<IssuesCreateResponse, super::Error<IssuesCreateError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/repos/");
        url.push_str(
            &super::runtime::path_param(
                "owner",
                &super::runtime::to_value("owner", &owner)?,
                "simple",
                false,
            ),
        );
        url.push_str("/");
        url.push_str(
            &super::runtime::path_param(
                "repo",
                &super::runtime::to_value("repo", &repo)?,
                "simple",
                false,
            ),
        );
        url.push_str("/issues");
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("issues_create", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "issues/create", method = "POST", path =
            "/repos/{owner}/{repo}/issues", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("issues_create", status, &response_headers);
        match status {
            201 => {
                let headers = IssuesCreateCreatedHeaders {
                    location: super::runtime::optional_header(
                        &response_headers,
                        "Location",
                        status,
                    )?,
                };
                Ok(IssuesCreateResponse::Created {
                    body: super::runtime::decode_json::<
                        super::types::Issue,
                        IssuesCreateError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            400 => {
                Err(
                    super::Error::Api(
                        IssuesCreateError::BadRequest(
                            super::runtime::decode_json::<
                                super::types::BasicError,
                                IssuesCreateError,
                            >(status, &bytes)?,
                        ),
                    ),
                )
            }
            403 => {
                Err(
                    super::Error::Api(
                        IssuesCreateError::Forbidden(
                            super::runtime::decode_json::<
                                super::types::BasicError,
                                IssuesCreateError,
                            >(status, &bytes)?,
                        ),
                    ),
                )
            }
            404 => {
                Err(
                    super::Error::Api(
                        IssuesCreateError::NotFound(
                            super::runtime::decode_json::<
                                super::types::BasicError,
                                IssuesCreateError,
                            >(status, &bytes)?,
                        ),
                    ),
                )
            }
            410 => {
                Err(
                    super::Error::Api(
                        IssuesCreateError::Gone(
                            super::runtime::decode_json::<
                                super::types::BasicError,
                                IssuesCreateError,
                            >(status, &bytes)?,
                        ),
                    ),
                )
            }
            422 => {
                Err(
                    super::Error::Api(
                        IssuesCreateError::UnprocessableEntity(
                            super::runtime::decode_json::<
                                super::types::ValidationError,
                                IssuesCreateError,
                            >(status, &bytes)?,
                        ),
                    ),
                )
            }
            503 => {
                Err(
                    super::Error::Api(
                        IssuesCreateError::ServiceUnavailable(
                            super::runtime::decode_json::<
                                super::types::IssuesCreateServiceUnavailableBody,
                                IssuesCreateError,
                            >(status, &bytes)?,
                        ),
                    ),
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
