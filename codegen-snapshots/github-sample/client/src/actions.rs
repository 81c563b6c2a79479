//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::actions_list_workflow_runs_for_repo`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ActionsListWorkflowRunsForRepoParams {
    /// Returns someone's workflow runs. Use the login for the user who created the `push` associated with the check suite or workflow run.
    pub actor: ::std::option::Option<::std::string::String>,
    /// Returns workflow runs associated with a branch. Use the name of the branch of the `push`.
    pub branch: ::std::option::Option<::std::string::String>,
    /// Returns workflow run triggered by the event you specify. For example, `push`, `pull_request` or `issue`. For more information, see "[Events that trigger workflows](https://docs.github.com/actions/automating-your-workflow-with-github-actions/events-that-trigger-workflows)."
    pub event: ::std::option::Option<::std::string::String>,
    /// Returns workflow runs with the check run `status` or `conclusion` that you specify. For example, a conclusion can be `success` or a status can be `in_progress`. Only GitHub Actions can set a status of `waiting`, `pending`, or `requested`.
    pub status: ::std::option::Option<
        super::types::ActionsListWorkflowRunsForRepoStatus,
    >,
    /// The number of results per page (max 100). For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    pub per_page: ::std::option::Option<i64>,
    /// The page number of the results to fetch. For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    pub page: ::std::option::Option<i64>,
    /// Returns workflow runs created within the given date-time range. For more information on the syntax, see "[Understanding the search syntax](https://docs.github.com/search-github/getting-started-with-searching-on-github/understanding-the-search-syntax#query-for-dates)."
    pub created: ::std::option::Option<::std::string::String>,
    /// If `true` pull requests are omitted from the response (empty array).
    pub exclude_pull_requests: ::std::option::Option<bool>,
    /// Returns workflow runs with the `check_suite_id` that you specify.
    pub check_suite_id: ::std::option::Option<i64>,
    /// Only returns workflow runs that are associated with the specified `head_sha`.
    pub head_sha: ::std::option::Option<::std::string::String>,
}
impl ActionsListWorkflowRunsForRepoParams {
    /// Sets `actor`.
    #[must_use]
    pub fn actor(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.actor = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `branch`.
    #[must_use]
    pub fn branch(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.branch = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `event`.
    #[must_use]
    pub fn event(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.event = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    #[must_use]
    pub fn status(
        mut self,
        value: impl ::std::convert::Into<
            super::types::ActionsListWorkflowRunsForRepoStatus,
        >,
    ) -> Self {
        self.status = ::std::option::Option::Some(value.into());
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
    /// Sets `created`.
    #[must_use]
    pub fn created(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.created = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `exclude_pull_requests`.
    #[must_use]
    pub fn exclude_pull_requests(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.exclude_pull_requests = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `check_suite_id`.
    #[must_use]
    pub fn check_suite_id(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.check_suite_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `head_sha`.
    #[must_use]
    pub fn head_sha(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.head_sha = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::actions_list_workflow_runs_for_repo`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ActionsListWorkflowRunsForRepoOkHeaders {
    pub link: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::actions_list_workflow_runs_for_repo`].
#[derive(Debug, Clone, PartialEq)]
pub enum ActionsListWorkflowRunsForRepoResponse {
    /// Response
    Ok {
        body: super::types::ActionsListWorkflowRunsForRepoOkBody,
        headers: ActionsListWorkflowRunsForRepoOkHeaders,
    },
}
/// Documented error responses of [`super::Client::actions_list_workflow_runs_for_repo`].
#[derive(Debug, Clone, PartialEq)]
pub enum ActionsListWorkflowRunsForRepoError {}
impl super::Client {
    /// List workflow runs for a repository
    ///
    /// Lists all workflow runs for a repository. You can use parameters to narrow the list of results. For more information about using parameters, see [Parameters](https://docs.github.com/rest/guides/getting-started-with-the-rest-api#parameters).
    ///
    /// Anyone with read access to the repository can use this endpoint.
    ///
    /// OAuth app tokens and personal access tokens (classic) need the `repo` scope to use this endpoint with a private repository.
    ///
    /// This endpoint will return up to 1,000 results for each search when using the following parameters: `actor`, `branch`, `check_suite_id`, `created`, `event`, `head_sha`, `status`.
    ///
    /// `GET /repos/{owner}/{repo}/actions/runs`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn actions_list_workflow_runs_for_repo(
        &self,
        owner: &str,
        repo: &str,
        params: &ActionsListWorkflowRunsForRepoParams,
    ) -> ::std::result::Result<
        ActionsListWorkflowRunsForRepoResponse,
        super::Error<ActionsListWorkflowRunsForRepoError>,
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
        url.push_str("/actions/runs");
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.actor {
            let v = super::runtime::to_value("actor", v)?;
            super::runtime::push_param(&mut query, "actor", &v, "form", true);
        }
        if let Some(v) = &params.branch {
            let v = super::runtime::to_value("branch", v)?;
            super::runtime::push_param(&mut query, "branch", &v, "form", true);
        }
        if let Some(v) = &params.event {
            let v = super::runtime::to_value("event", v)?;
            super::runtime::push_param(&mut query, "event", &v, "form", true);
        }
        if let Some(v) = &params.status {
            let v = super::runtime::to_value("status", v)?;
            super::runtime::push_param(&mut query, "status", &v, "form", true);
        }
        if let Some(v) = &params.per_page {
            let v = super::runtime::to_value("per_page", v)?;
            super::runtime::push_param(&mut query, "per_page", &v, "form", true);
        }
        if let Some(v) = &params.page {
            let v = super::runtime::to_value("page", v)?;
            super::runtime::push_param(&mut query, "page", &v, "form", true);
        }
        if let Some(v) = &params.created {
            let v = super::runtime::to_value("created", v)?;
            super::runtime::push_param(&mut query, "created", &v, "form", true);
        }
        if let Some(v) = &params.exclude_pull_requests {
            let v = super::runtime::to_value("exclude_pull_requests", v)?;
            super::runtime::push_param(
                &mut query,
                "exclude_pull_requests",
                &v,
                "form",
                true,
            );
        }
        if let Some(v) = &params.check_suite_id {
            let v = super::runtime::to_value("check_suite_id", v)?;
            super::runtime::push_param(&mut query, "check_suite_id", &v, "form", true);
        }
        if let Some(v) = &params.head_sha {
            let v = super::runtime::to_value("head_sha", v)?;
            super::runtime::push_param(&mut query, "head_sha", &v, "form", true);
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
            .run_request_hooks("actions_list_workflow_runs_for_repo", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "actions/list-workflow-runs-for-repo",
            method = "GET", path = "/repos/{owner}/{repo}/actions/runs", status =
            ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks(
            "actions_list_workflow_runs_for_repo",
            status,
            &response_headers,
        );
        match status {
            200 => {
                let headers = ActionsListWorkflowRunsForRepoOkHeaders {
                    link: super::runtime::optional_header(
                        &response_headers,
                        "Link",
                        status,
                    )?,
                };
                Ok(ActionsListWorkflowRunsForRepoResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::ActionsListWorkflowRunsForRepoOkBody,
                        ActionsListWorkflowRunsForRepoError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
    /// Streaming variant of [`Self::actions_list_workflow_runs_for_repo`].
    ///
    /// Pages are followed through the `Link` header's `rel="next"` URL (its `page` parameter).
    ///
    /// Each item comes as its page arrives; a page is fetched when the one before is used up. The stream ends after the last page, or with an error item (a failed page, a server that repeats a page or a cursor, or `runtime::MAX_PAGES` pages). `StreamExt::take` stops it earlier.
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub fn actions_list_workflow_runs_for_repo_stream<'a>(
        &'a self,
        owner: &'a str,
        repo: &'a str,
        params: ActionsListWorkflowRunsForRepoParams,
    ) -> super::runtime::ItemStream<
        'a,
        super::types::WorkflowRun,
        ActionsListWorkflowRunsForRepoError,
    > {
        super::runtime::paginate(move |cursor: ::std::option::Option<i64>| {
            let mut params = params.clone();
            let owner = owner;
            let repo = repo;
            if let Some(c) = cursor {
                params.page = Some(c);
            }
            async move {
                let ActionsListWorkflowRunsForRepoResponse::Ok { body: page, headers } = self
                    .actions_list_workflow_runs_for_repo(owner, repo, &params)
                    .await?;
                let items: ::std::vec::Vec<super::types::WorkflowRun> = page
                    .workflow_runs;
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
}
