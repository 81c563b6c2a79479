//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::params`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ParamsParams {
    pub params3: ::std::option::Option<::std::string::String>,
    pub params4: ::std::option::Option<::std::string::String>,
    pub params5: ::std::option::Option<::std::string::String>,
}
impl ParamsParams {
    /// Sets `params3`.
    #[must_use]
    pub fn params3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.params3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `params4`.
    #[must_use]
    pub fn params4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.params4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `params5`.
    #[must_use]
    pub fn params5(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.params5 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::params`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ParamsOkHeaders {
    pub params: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::params`].
#[derive(Debug, Clone, PartialEq)]
pub enum ParamsResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ParamsOkHeaders },
}
/// Documented error responses of [`super::Client::params`].
#[derive(Debug, Clone, PartialEq)]
pub enum ParamsError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::params_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum ParamsPostError {}
impl super::Client {
    /// */ operation Params "#
    ///
    /// `GET /op149/{Params}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn params(
        &self,
        params2: &str,
        params: &ParamsParams,
    ) -> ::std::result::Result<ParamsResponse, super::Error<ParamsError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op149/");
        url.push_str(
            &super::runtime::path_param(
                "Params",
                &super::runtime::to_value("Params", &params2)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.params3 {
            let v = super::runtime::to_value("Params", v)?;
            super::runtime::push_param(&mut query, "Params", &v, "form", true);
        }
        if let Some(v) = &params.params4 {
            let v = super::runtime::to_value("Params", v)?;
            headers.push(("Params", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.params5 {
            let v = super::runtime::to_value("Params", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Params", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[149usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("params", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Params", method = "GET", path =
            "/op149/{Params}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("params", status, &response_headers);
        match status {
            200 => {
                let headers = ParamsOkHeaders {
                    params: super::runtime::optional_header(
                        &response_headers,
                        "Params",
                        status,
                    )?,
                };
                Ok(ParamsResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        ParamsError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(ParamsError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            ParamsError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op149/{Params}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn params_post(
        &self,
        params2: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ParamsPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op149/");
        url.push_str(
            &super::runtime::path_param(
                "Params",
                &super::runtime::to_value("Params", &params2)?,
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
            .run_request_hooks("params_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Params_post", method = "POST", path =
            "/op149/{Params}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("params_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ParamsPostError,
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
