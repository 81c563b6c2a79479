//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::params2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Params2Params {
    pub params3: ::std::option::Option<::std::string::String>,
    pub params4: ::std::option::Option<::std::string::String>,
    pub params5: ::std::option::Option<::std::string::String>,
}
impl Params2Params {
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
/// Headers of the Ok response of [`super::Client::params2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Params2OkHeaders {
    pub params: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::params2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Params2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Params2OkHeaders },
}
/// Documented error responses of [`super::Client::params2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Params2Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::params_post2`].
#[derive(Debug, Clone, PartialEq)]
pub enum ParamsPost2Error {}
impl super::Client {
    /// */ operation params "#
    ///
    /// `GET /op186/{params}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn params2(
        &self,
        params2: &str,
        params: &Params2Params,
    ) -> ::std::result::Result<Params2Response, super::Error<Params2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op186/");
        url.push_str(
            &super::runtime::path_param(
                "params",
                &super::runtime::to_value("params", &params2)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.params3 {
            let v = super::runtime::to_value("params", v)?;
            super::runtime::push_param(&mut query, "params", &v, "form", true);
        }
        if let Some(v) = &params.params4 {
            let v = super::runtime::to_value("params", v)?;
            headers.push(("params", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.params5 {
            let v = super::runtime::to_value("params", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "params", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[186usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("params2", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "params", method = "GET", path =
            "/op186/{params}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("params2", status, &response_headers);
        match status {
            200 => {
                let headers = Params2OkHeaders {
                    params: super::runtime::optional_header(
                        &response_headers,
                        "params",
                        status,
                    )?,
                };
                Ok(Params2Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        Params2Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(Params2Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            Params2Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op186/{params}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn params_post2(
        &self,
        params2: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ParamsPost2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op186/");
        url.push_str(
            &super::runtime::path_param(
                "params",
                &super::runtime::to_value("params", &params2)?,
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
            .run_request_hooks("params_post2", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "params_post", method = "POST", path =
            "/op186/{params}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("params_post2", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ParamsPost2Error,
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
