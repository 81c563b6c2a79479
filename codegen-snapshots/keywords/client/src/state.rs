//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::state`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StateParams {
    pub state2: ::std::option::Option<::std::string::String>,
    pub state3: ::std::option::Option<::std::string::String>,
    pub state4: ::std::option::Option<::std::string::String>,
}
impl StateParams {
    /// Sets `state2`.
    #[must_use]
    pub fn state2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `state3`.
    #[must_use]
    pub fn state3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `state4`.
    #[must_use]
    pub fn state4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::state`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StateOkHeaders {
    pub state: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::state`].
#[derive(Debug, Clone, PartialEq)]
pub enum StateResponse {
    /// ok
    Ok { body: super::types::Everything, headers: StateOkHeaders },
}
/// Documented error responses of [`super::Client::state`].
#[derive(Debug, Clone, PartialEq)]
pub enum StateError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::state_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum StatePostError {}
impl super::Client {
    /// */ operation State "#
    ///
    /// `GET /op153/{State}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn state(
        &self,
        state_param: &str,
        params: &StateParams,
    ) -> ::std::result::Result<StateResponse, super::Error<StateError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op153/");
        url.push_str(
            &super::runtime::path_param(
                "State",
                &super::runtime::to_value("State", &state_param)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.state2 {
            let v = super::runtime::to_value("State", v)?;
            super::runtime::push_param(&mut query, "State", &v, "form", true);
        }
        if let Some(v) = &params.state3 {
            let v = super::runtime::to_value("State", v)?;
            headers.push(("State", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.state4 {
            let v = super::runtime::to_value("State", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "State", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[153usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("state", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "State", method = "GET", path =
            "/op153/{State}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("state", status, &response_headers);
        match status {
            200 => {
                let headers = StateOkHeaders {
                    state: super::runtime::optional_header(
                        &response_headers,
                        "State",
                        status,
                    )?,
                };
                Ok(StateResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        StateError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(StateError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            StateError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op153/{State}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn state_post(
        &self,
        state_param: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<StatePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op153/");
        url.push_str(
            &super::runtime::path_param(
                "State",
                &super::runtime::to_value("State", &state_param)?,
                "simple",
                false,
            ),
        );
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
        if let Some(b) = body.into() {
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("state_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "State_post", method = "POST", path =
            "/op153/{State}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("state_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        StatePostError,
                    >(status, &bytes)?,
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
