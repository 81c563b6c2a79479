//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::state2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State2Params {
    pub state2: ::std::option::Option<::std::string::String>,
    pub state3: ::std::option::Option<::std::string::String>,
    pub state4: ::std::option::Option<::std::string::String>,
}
impl State2Params {
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
/// Headers of the Ok response of [`super::Client::state2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State2OkHeaders {
    pub state: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::state2`].
#[derive(Debug, Clone, PartialEq)]
pub enum State2Response {
    /// ok
    Ok { body: super::types::Everything, headers: State2OkHeaders },
}
/// Documented error responses of [`super::Client::state2`].
#[derive(Debug, Clone, PartialEq)]
pub enum State2Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::state_post2`].
#[derive(Debug, Clone, PartialEq)]
pub enum StatePost2Error {}
impl super::Client {
    /// */ operation state "#
    ///
    /// `GET /op191/{state}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn state2(
        &self,
        state_param: &str,
        params: &State2Params,
    ) -> ::std::result::Result<State2Response, super::Error<State2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op191/");
        url.push_str(
            &super::runtime::path_param(
                "state",
                &super::runtime::to_value("state", &state_param)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.state2 {
            let v = super::runtime::to_value("state", v)?;
            super::runtime::push_param(&mut query, "state", &v, "form", true);
        }
        if let Some(v) = &params.state3 {
            let v = super::runtime::to_value("state", v)?;
            headers.push(("state", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.state4 {
            let v = super::runtime::to_value("state", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "state", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[191usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("state2", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "state", method = "GET", path =
            "/op191/{state}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("state2", status, &response_headers);
        match status {
            200 => {
                let headers = State2OkHeaders {
                    state: super::runtime::optional_header(
                        &response_headers,
                        "state",
                        status,
                    )?,
                };
                Ok(State2Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        State2Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(State2Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            State2Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op191/{state}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn state_post2(
        &self,
        state_param: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<StatePost2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op191/");
        url.push_str(
            &super::runtime::path_param(
                "state",
                &super::runtime::to_value("state", &state_param)?,
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
            .run_request_hooks("state_post2", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "state_post", method = "POST", path =
            "/op191/{state}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("state_post2", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        StatePost2Error,
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
