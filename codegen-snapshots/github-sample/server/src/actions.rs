//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `actions_list_workflow_runs_for_repo`.
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
/// Headers of the Ok response of `actions_list_workflow_runs_for_repo`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ActionsListWorkflowRunsForRepoOkHeaders {
    pub link: ::std::option::Option<::std::string::String>,
}
/// Responses of `actions_list_workflow_runs_for_repo`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ActionsListWorkflowRunsForRepoResponse {
    /// Response
    Ok {
        body: super::types::ActionsListWorkflowRunsForRepoOkBody,
        headers: ActionsListWorkflowRunsForRepoOkHeaders,
    },
}
impl ::axum::response::IntoResponse for ActionsListWorkflowRunsForRepoResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Link", &headers.link);
                response
            }
        }
    }
}
/// axum handler for `GET` "/repos/{owner}/{repo}/actions/runs".
#[allow(unused_variables, unused_mut)]
pub async fn actions_list_workflow_runs_for_repo<A: super::Api>(
    ::axum::extract::State(
        served,
    ): ::axum::extract::State<::std::sync::Arc<super::Served<A>>>,
    raw_path: ::axum::extract::RawPathParams,
    uri: ::axum::http::Uri,
    ::axum::extract::RawQuery(raw_query): ::axum::extract::RawQuery,
    headers: ::axum::http::HeaderMap,
    extensions: ::axum::http::Extensions,
    raw_body: ::axum::body::Bytes,
) -> ::axum::response::Response {
    let mut errors = super::runtime::Errors::default();
    let pairs = super::runtime::parse_query_marked(raw_query.as_deref());
    let principal: ::std::option::Option<super::Principal> = None;
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/repos/{owner}/{repo}/actions/runs",
        uri.path(),
        &decoded_path,
    );
    let owner: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "owner", "simple", false);
    let repo: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 1, "repo", "simple", false);
    let actor: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "actor", "form", true, false);
    let branch: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "branch", "form", true, false);
    let event: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "event", "form", true, false);
    let status_param: ::std::option::Option<
        super::types::ActionsListWorkflowRunsForRepoStatus,
    > = errors.query(&pairs, "status", "form", true, false);
    let per_page: ::std::option::Option<i64> = errors
        .query(&pairs, "per_page", "form", true, false);
    let page: ::std::option::Option<i64> = errors
        .query(&pairs, "page", "form", true, false);
    let created: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "created", "form", true, false);
    let exclude_pull_requests: ::std::option::Option<bool> = errors
        .query(&pairs, "exclude_pull_requests", "form", true, false);
    let check_suite_id: ::std::option::Option<i64> = errors
        .query(&pairs, "check_suite_id", "form", true, false);
    let head_sha: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "head_sha", "form", true, false);
    if let Some(v) = &owner {
        errors.check_param("path", "owner", v, 6usize);
    }
    if let Some(v) = &repo {
        errors.check_param("path", "repo", v, 7usize);
    }
    if let Some(v) = &actor {
        errors.check_param("query", "actor", v, 8usize);
    }
    if let Some(v) = &branch {
        errors.check_param("query", "branch", v, 9usize);
    }
    if let Some(v) = &event {
        errors.check_param("query", "event", v, 10usize);
    }
    if let Some(v) = &status_param {
        errors.check_param("query", "status", v, 11usize);
    }
    if let Some(v) = &per_page {
        errors.check_param("query", "per_page", v, 4usize);
    }
    if let Some(v) = &page {
        errors.check_param("query", "page", v, 5usize);
    }
    if let Some(v) = &created {
        errors.check_param("query", "created", v, 12usize);
    }
    if let Some(v) = &exclude_pull_requests {
        errors.check_param("query", "exclude_pull_requests", v, 13usize);
    }
    if let Some(v) = &check_suite_id {
        errors.check_param("query", "check_suite_id", v, 14usize);
    }
    if let Some(v) = &head_sha {
        errors.check_param("query", "head_sha", v, 15usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(owner), Some(repo)) = (owner, repo) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::actions_list_workflow_runs_for_repo(
        &*served.api,
        ctx,
        owner,
        repo,
        ActionsListWorkflowRunsForRepoParams {
            actor,
            branch,
            event,
            status: status_param,
            per_page,
            page,
            created,
            exclude_pull_requests,
            check_suite_id,
            head_sha,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "actions/list-workflow-runs-for-repo", method =
        "GET", path = "/repos/{owner}/{repo}/actions/runs", status =
        ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
